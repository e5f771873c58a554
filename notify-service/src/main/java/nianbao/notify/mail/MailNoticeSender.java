package nianbao.notify.mail;

import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import nianbao.notify.delivery.Channel;
import nianbao.notify.delivery.Notice;
import nianbao.notify.delivery.NoticeSender;

/** Sends notices by SMTP; the Message-ID is the notice id, so a re-send after a crash is recognisably the same. */
@Component
public class MailNoticeSender implements NoticeSender {

    private final JavaMailSender mailSender;
    private final String from;
    private final String dashboardUrl;

    public MailNoticeSender(JavaMailSender mailSender, @Value("${nianbao.mail.from}") String from,
                            @Value("${nianbao.dashboard-url}") String dashboardUrl) {
        this.mailSender = mailSender;
        this.from = from;
        this.dashboardUrl = dashboardUrl;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Notice notice) throws Exception {
        MailText text = NoticeMail.compose(notice, dashboardUrl);
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(notice.supervisor().email());
        helper.setSubject(text.subject());
        helper.setText(text.body());
        // JavaMailSenderImpl keeps a Message-ID set before sending
        message.setHeader("Message-ID", "<" + notice.id() + "@nianbao-notify>");
        mailSender.send(message);
    }
}
