package nianbao.notify.mail;

import java.util.Map;
import java.util.TreeMap;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends plain-text UTF-8 mail with a caller-chosen Message-ID (stable across re-sends). */
@Component
public class Mailer {

    private final JavaMailSender mailSender;
    private final String from;

    public Mailer(JavaMailSender mailSender, SenderProperties sender) {
        this.mailSender = mailSender;
        this.from = sender.from();
    }

    public void send(String to, MailText text, String messageId) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(text.subject());
        helper.setText(text.body());
        for (Map.Entry<String, String> header : new TreeMap<>(text.headers()).entrySet()) {
            // long lists (fingerprints) are folded at their spaces: a header line stays under the RFC 5322 limit
            message.setHeader(header.getKey(), MimeUtility.fold(header.getKey().length() + 2, header.getValue()));
        }
        // JavaMailSenderImpl keeps a Message-ID set before sending
        message.setHeader("Message-ID", "<" + messageId + "@nianbao-notify>");
        mailSender.send(message);
    }
}
