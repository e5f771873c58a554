package nianbao.notify.mail;

/** A composed e-mail: subject and plain-text body. */
public record MailText(String subject, String body) {
}
