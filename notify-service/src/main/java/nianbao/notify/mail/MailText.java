package nianbao.notify.mail;

import java.util.Map;

/** A composed e-mail: subject, plain-text body, and headers for machines (ids a person need not read). */
public record MailText(String subject, String body, Map<String, String> headers) {

    public MailText {
        headers = Map.copyOf(headers);
    }

    public MailText(String subject, String body) {
        this(subject, body, Map.of());
    }
}
