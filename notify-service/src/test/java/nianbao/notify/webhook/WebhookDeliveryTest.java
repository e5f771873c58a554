package nianbao.notify.webhook;

import static nianbao.notify.support.Events.JINPING;
import static nianbao.notify.support.Events.finding;
import static nianbao.notify.support.Events.operand;
import static nianbao.notify.support.Events.validated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.notify.support.NotifyIntegrationTest;
import nianbao.notify.support.SupervisorSession;
import nianbao.notify.support.WebhookReceiver.Received;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** jinping (330326) is overseen by 浙江省政务公开办, whose webhook receiver fails until told otherwise. */
class WebhookDeliveryTest extends NotifyIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aFailingWebhookIsRetriedWithItsErrorVisibleOnTheDashboardUntilItIsTakenOnce() {
        WEBHOOKS.answer("zhejiang", 500);
        publish(validated("jp-s1", JINPING, 2022, Instant.parse("2023-01-28T00:00:00Z"),
                finding("T3-ROWSUM", RuleOutcome.FAIL, Severity.ERROR, "jp-rowsum-nat", "自然人行合计不符", "（一）予以公开 3 0 0 0 0 0 4",
                        operand("T3[R3.1][NAT]", "3", 50), operand("T3[R3.1][TOT]", "4", 50))));

        SupervisorSession zhejiang = SupervisorSession.login(port, "zhejiang-gongkai", "zhejiang-gongkai-pass");
        eventually().until(() -> JSON.readTree(zhejiang.get("/api/deliveries/failing").body()).size() == 1);
        JsonNode failing = JSON.readTree(zhejiang.get("/api/deliveries/failing").body()).get(0);
        assertThat(failing.get("channel").asString()).isEqualTo("WEBHOOK");
        assertThat(failing.get("kind").asString()).isEqualTo("ALERT");
        assertThat(failing.get("agencyId").asString()).isEqualTo("jinping-street");
        assertThat(failing.get("agencyName").asString()).isEqualTo("锦屏街道办事处");
        assertThat(failing.get("reportYear").asInt()).isEqualTo(2022);
        assertThat(failing.get("ruleId").asString()).isEqualTo("T3-ROWSUM");
        assertThat(failing.get("attempts").asInt()).isPositive();
        assertThat(failing.get("lastError").asString())
                .isEqualTo("java.lang.IllegalStateException: webhook answered HTTP 500");
        // e-mail is a separate delivery and went out
        eventually().until(() -> mailAbout("锦屏街道办事处").size() == 1);
        assertThat(recipients(mailAbout("锦屏街道办事处").get(0))).containsExactly("zhejiang-gongkai@example.org");

        WEBHOOKS.answer("zhejiang", 200);
        eventually().until(() -> JSON.readTree(zhejiang.get("/api/deliveries/failing").body()).isEmpty()
                && WEBHOOKS.received("zhejiang").stream().anyMatch(r -> r.answered() == 200));

        List<Received> received = WEBHOOKS.received("zhejiang");
        assertThat(received.stream().filter(r -> r.answered() == 200)).hasSize(1);
        assertThat(received.stream().filter(r -> r.answered() == 500)).isNotEmpty();
        assertThat(received).allMatch(Received::signatureValid);
        assertThat(received.stream().map(Received::deliveryId).distinct()).hasSize(1);
        JsonNode taken = JSON.readTree(received.get(received.size() - 1).body());
        assertThat(taken.get("kind").asString()).isEqualTo("ALERT");
        assertThat(taken.get("agency").get("regionCode").asString()).isEqualTo("330326");
        assertThat(taken.get("findings").get(0).get("fingerprint").asString()).isEqualTo("jp-rowsum-nat");
        assertThat(taken.get("findings").get(0).get("operands").get(1).get("value").asString()).isEqualTo("4");
    }
}
