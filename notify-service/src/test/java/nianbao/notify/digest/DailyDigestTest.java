package nianbao.notify.digest;

import static nianbao.notify.support.Events.finding;
import static nianbao.notify.support.Events.operand;
import static nianbao.notify.support.Events.validated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;

import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.notify.dashboard.AlertBoard;
import nianbao.notify.dashboard.DashboardLinkProperties;
import nianbao.notify.delivery.DeliveryProperties;
import nianbao.notify.mail.MailText;
import nianbao.notify.mail.Mailer;
import nianbao.notify.mail.SenderProperties;
import nianbao.notify.routing.SupervisorDirectory;
import nianbao.notify.support.NotifyIntegrationTest;

/** Only 浙江省政务公开办 asks for a digest in the test configuration. */
class DailyDigestTest extends NotifyIntegrationTest {

    @Autowired
    DailyDigest digest;
    @Autowired
    SupervisorDirectory directory;
    @Autowired
    AlertBoard board;
    @Autowired
    JavaMailSender mailSender;

    @Test
    void oneDigestPerSupervisorAndDay() {
        Agency agency = Agency.newBuilder().setId("digest-street").setName("摘要街道办事处").setRegionCode("330326")
                .setLevel(AgencyLevel.TOWNSHIP).build();
        publish(validated("dg-1", agency, 2022, Instant.parse("2023-01-15T00:00:00Z"),
                finding("T3-BALANCE", RuleOutcome.FAIL, Severity.ERROR, "dg-balance", "收支不平衡", null,
                        operand("T3[R1][TOT]", "5", 30))));
        awaitStored("dg-1");

        assertThat(digest.send(LocalDate.of(2026, 11, 23))).isEqualTo(1);
        assertThat(digest.send(LocalDate.of(2026, 11, 23))).isZero();

        List<MimeMessage> digests = List.of(SMTP.getReceivedMessages()).stream()
                .filter(m -> subject(m).startsWith("【政务公开年报核查】每日汇总 2026-11-23：")).toList();
        assertThat(digests).hasSize(1);
        assertThat(recipients(digests.get(0))).containsExactly("zhejiang-gongkai@example.org");
        assertThat(body(digests.get(0)).lines()).startsWith("浙江省政务公开办：").contains(
                "- 摘要街道办事处：1 / 0 / 0 / 0",
                "- 【错误】摘要街道办事处 2022年度：收支不平衡（规则 T3-BALANCE）");
    }

    @Test
    void aCrashBetweenSendingADigestAndRecordingItResendsThatDigestOnceLeaseHasRunOut() {
        Agency agency = Agency.newBuilder().setId("digest-crash-street").setName("摘要宕机街道办事处")
                .setRegionCode("330326").setLevel(AgencyLevel.TOWNSHIP).build();
        publish(validated("dgc-1", agency, 2022, Instant.parse("2023-01-16T00:00:00Z"),
                finding("T3-BALANCE", RuleOutcome.FAIL, Severity.ERROR, "dgc-balance", "收支不平衡", null,
                        operand("T3[R1][TOT]", "6", 30))));
        awaitStored("dgc-1");
        LocalDate day = LocalDate.of(2026, 11, 24);
        Mailer crashingAfterSend = new Mailer(mailSender, SENDER) {
            @Override
            public void send(String to, MailText text, String messageId) throws MessagingException {
                super.send(to, text, messageId);
                throw new Error("simulated crash between send and mark");
            }
        };

        assertThatThrownBy(() -> digest(crashingAfterSend, Clock.systemUTC()).send(day)).hasMessageContaining("crash");
        assertThat(digest(Clock.systemUTC()).send(day)).as("the lease holds").isZero();
        assertThat(digest(Clock.offset(Clock.systemUTC(), Duration.ofHours(2))).send(day)).isEqualTo(1);
        assertThat(digest(Clock.offset(Clock.systemUTC(), Duration.ofHours(2))).send(day)).isZero();

        List<String> messageIds = List.of(SMTP.getReceivedMessages()).stream()
                .filter(m -> subject(m).startsWith("【政务公开年报核查】每日汇总 2026-11-24：")).map(m -> {
                    try {
                        return m.getMessageID();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        assertThat(messageIds).containsExactly("<digest-2026-11-24-zhejiang-gongkai@nianbao-notify>",
                "<digest-2026-11-24-zhejiang-gongkai@nianbao-notify>");
    }

    private DailyDigest digest(Clock clock) {
        return digest(new Mailer(mailSender, SENDER), clock);
    }

    private DailyDigest digest(Mailer mailer, Clock clock) {
        return new DailyDigest(directory, board, mailer, jdbc, clock,
                new DeliveryProperties(Duration.ofHours(1), Duration.ofSeconds(2), Duration.ofMinutes(10)),
                new DigestProperties(ZoneId.of("Asia/Shanghai")), new DashboardLinkProperties("http://127.0.0.1:8083/"));
    }

    private static final SenderProperties SENDER = new SenderProperties("nianbao-notify@example.org");
}
