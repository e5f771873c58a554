package nianbao.notify.digest;

import static nianbao.notify.support.Events.finding;
import static nianbao.notify.support.Events.operand;
import static nianbao.notify.support.Events.validated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.notify.support.NotifyIntegrationTest;

/** Only 浙江省政务公开办 asks for a digest in the test configuration. */
class DailyDigestTest extends NotifyIntegrationTest {

    @Autowired
    DailyDigest digest;

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
}
