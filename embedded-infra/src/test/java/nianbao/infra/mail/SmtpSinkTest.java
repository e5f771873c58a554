package nianbao.infra.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

class SmtpSinkTest {

    @Test
    void keepsEveryMessageAndListsItOnItsPage() throws Exception {
        try (SmtpSink sink = SmtpSink.start(0, 0)) {
            Properties smtp = new Properties();
            smtp.put("mail.smtp.host", "127.0.0.1");
            smtp.put("mail.smtp.port", Integer.toString(sink.smtpPort()));
            MimeMessage message = new MimeMessage(Session.getInstance(smtp));
            message.setFrom(new InternetAddress("alerts@nianbao.local"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("kaifeng-gongkai@example.org"));
            message.setSubject("龙亭区 2022 年度报告：1 项新发现", "UTF-8");
            message.setText("T3-BALANCE：第一项加第二项之和 16 ≠ 17", "UTF-8");
            Transport.send(message);

            List<SmtpSink.ReceivedMail> mails = sink.messages();
            assertThat(mails).hasSize(1);
            assertThat(mails.get(0).mailbox()).isEqualTo("kaifeng-gongkai@example.org");
            assertThat(sink.messagesTo("henan-gongkai@example.org")).isEmpty();
            assertThat(mails.get(0).from()).isEqualTo("alerts@nianbao.local");
            assertThat(mails.get(0).to()).containsExactly("kaifeng-gongkai@example.org");
            assertThat(mails.get(0).subject()).isEqualTo("龙亭区 2022 年度报告：1 项新发现");
            assertThat(mails.get(0).body()).isEqualTo("T3-BALANCE：第一项加第二项之和 16 ≠ 17");

            HttpClient http = HttpClient.newHttpClient();
            String json = http.send(HttpRequest.newBuilder(URI.create(sink.webUrl() + "messages.json")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(json).startsWith("[{\"mailbox\":\"kaifeng-gongkai@example.org\",\"from\":\"alerts@nianbao.local\",\"to\":[\"kaifeng-gongkai@example.org\"],"
                    + "\"subject\":\"龙亭区 2022 年度报告：1 项新发现\"");
            String page = http.send(HttpRequest.newBuilder(URI.create(sink.webUrl())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).contains("1 message(s) received").contains("16 ≠ 17");
        }
    }
}
