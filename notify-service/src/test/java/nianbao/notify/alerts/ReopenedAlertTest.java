package nianbao.notify.alerts;

import static nianbao.notify.support.Events.finding;
import static nianbao.notify.support.Events.operand;
import static nianbao.notify.support.Events.validated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.Finding;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.notify.support.NotifyIntegrationTest;

/** A problem that is fixed, comes back and is fixed again is told once and resolved once (e-mail to 河南 only). */
class ReopenedAlertTest extends NotifyIntegrationTest {

    private static final Agency AGENCY = Agency.newBuilder().setId("reopen-street").setName("往复街道办事处")
            .setRegionCode("410971").setLevel(AgencyLevel.TOWNSHIP).build();
    private static final Finding CARRY = finding("X-CARRY", RuleOutcome.FAIL, Severity.ERROR, "ro-carry-3",
            "本年上年结转与上年结转下年度不一致", "二、上年结转政府信息公开申请数量 3", operand("T3[R2][TOT]", "3", 12));
    private static final Finding CARRY_AGREES = finding("X-CARRY", RuleOutcome.PASS, Severity.ERROR, "ro-carry-0",
            "上年结转与上年结转下年度一致", null, operand("T3[R2][TOT]", "0", 12));
    private static final Instant T = Instant.parse("2023-01-10T00:00:00Z");

    @Test
    void aResolvedProblemThatComesBackIsReopenedSilentlyAndItsSecondResolutionIsNotRetold() {
        publish(validated("ro-1", AGENCY, 2022, T, CARRY));
        eventually().until(() -> mailAbout("往复街道办事处").size() == 1);
        publish(validated("ro-2", AGENCY, 2022, T.plusSeconds(60), CARRY_AGREES));
        eventually().until(() -> mailAbout("往复街道办事处").size() == 2);

        publish(validated("ro-3", AGENCY, 2022, T.plusSeconds(120), CARRY),
                validated("ro-4", AGENCY, 2022, T.plusSeconds(180), CARRY_AGREES),
                validated("ro-marker", AGENCY, 2021, T));
        awaitStored("ro-marker");

        assertThat(mailAbout("往复街道办事处")).extracting(NotifyIntegrationTest::subject).containsExactlyInAnyOrder(
                "【政务公开年报核查】往复街道办事处 2022年度报告：1项新问题 | 1 new finding(s)",
                "【政务公开年报核查】往复街道办事处 2022年度报告：1项问题已解决 | 1 finding(s) resolved");
        assertThat(jdbc.sql("select kind || ' ' || submission_id from alert_event where fingerprint = 'ro-carry-3' order by id")
                .query(String.class).list())
                .containsExactly("OPENED ro-1", "RESOLVED ro-2", "REOPENED ro-3", "RESOLVED ro-4");
        assertThat(jdbc.sql("select count(*) from delivery where fingerprint = 'ro-carry-3' and sent_at is not null")
                .query(Integer.class).single()).isEqualTo(2);
    }
}
