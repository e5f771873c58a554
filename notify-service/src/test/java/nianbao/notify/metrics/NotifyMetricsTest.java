package nianbao.notify.metrics;

import static nianbao.notify.support.Events.finding;
import static nianbao.notify.support.Events.operand;
import static nianbao.notify.support.Events.validated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.notify.support.NotifyIntegrationTest;
import nianbao.schemas.testing.PrometheusScrape;
import org.junit.jupiter.api.Test;

/**
 * /actuator/prometheus answers without a login and counts what one validation caused: the alert it opened and the
 * mail to the one supervisor of its region (河南省, mail only).
 */
class NotifyMetricsTest extends NotifyIntegrationTest {

    private static final Agency LUOYANG = Agency.newBuilder().setId("metrics-luoyang-bureau").setName("洛阳市测试局")
            .setRegionCode("410300").setLevel(AgencyLevel.CITY_DEPARTMENT).build();
    private static final String OPENED = "nianbao_alerts_opened_total{application=\"notify-service\",severity=\"ERROR\"}";
    private static final String SENT = "nianbao_notices_sent_total{application=\"notify-service\",channel=\"EMAIL\"}";

    @Test
    void oneValidationsAlertAndMailAreCountedOnTheOpenEndpoint() {
        PrometheusScrape before = PrometheusScrape.of(port);
        assertThat(before.status()).isEqualTo(200);

        publish(validated("metrics-s1", LUOYANG, 2022, Instant.parse("2023-01-20T08:00:00Z"),
                finding("T3-BALANCE", RuleOutcome.FAIL, Severity.ERROR, "metrics-balance",
                        "第一项加第二项之和（3）不等于第三项加第四项之和（4）", null,
                        operand("T3[R1][TOT]", "3", 30), operand("T3[R3.7][TOT]", "4", 58))));

        eventually().until(() -> mailAbout("洛阳市测试局").size() == 1);
        // the mail is in the sink a moment before the sender returns and is counted
        eventually().until(() -> PrometheusScrape.of(port).value(SENT) > before.value(SENT));
        PrometheusScrape after = PrometheusScrape.of(port);
        assertThat(after.increaseSince(before, OPENED)).isEqualTo(1.0);
        // at least ours: a notice another test left for retry may go out meanwhile
        assertThat(after.increaseSince(before, SENT)).isGreaterThanOrEqualTo(1.0);
        assertThat(after.has("nianbao_outbox_pending")).isTrue();
        assertThat(after.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
    }
}
