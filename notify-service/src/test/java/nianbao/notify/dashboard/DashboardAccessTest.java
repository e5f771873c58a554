package nianbao.notify.dashboard;

import static nianbao.notify.support.Events.KUNWU;
import static nianbao.notify.support.Events.finding;
import static nianbao.notify.support.Events.operand;
import static nianbao.notify.support.Events.validated;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nianbao.events.Finding;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.notify.support.NotifyIntegrationTest;
import nianbao.notify.support.SupervisorSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** kunwu (410971) is in 河南省政务公开办's jurisdiction (410000) and outside 开封市政务公开办's (410200). */
class DashboardAccessTest extends NotifyIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant SUBMITTED = Instant.parse("2021-01-25T02:00:00Z");
    private static final Finding LICENSE = finding("T2-V19-ITEMS-DECISIONS", RuleOutcome.FAIL, Severity.WARNING,
            "kw-license-73", "行政许可上一年项目数量与本年增/减之和为0，但处理决定数量为73", "行政许可 0 0 73",
            operand("T2.LICENSE.DECISIONS", "73", 20));
    private static final Finding PUNISH = finding("T2-V19-ITEMS-DECISIONS", RuleOutcome.FAIL, Severity.WARNING,
            "kw-punish-10", "行政处罚上一年项目数量与本年增/减之和为0，但处理决定数量为10", "行政处罚 0 0 10",
            operand("T2.PUNISH.DECISIONS", "10", 23));

    @Test
    void supervisorsSeeAndReviewOnlyTheirJurisdiction_reviewsSurviveReplayAndRevalidation() {
        ReportValidated report = validated("kw-s1", KUNWU, 2020, SUBMITTED, LICENSE, PUNISH);
        publish(report);
        awaitStored("kw-s1");

        HttpResponse<String> anonymous = SupervisorSession.anonymous(port).get("/api/alerts");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        SupervisorSession kaifeng = SupervisorSession.login(port, "kaifeng-gongkai", "kaifeng-gongkai-pass");
        assertThat(kaifeng.get("/api/alerts?agency=kunwu-office").body()).isEqualTo("[]");
        assertThat(kaifeng.get("/api/agencies/kunwu-office/timeline").statusCode()).isEqualTo(403);
        assertThat(kaifeng.postJson("/api/alerts/kw-license-73/review",
                "{\"decision\":\"DISMISSED\",\"comment\":\"不归我管\"}").statusCode()).isEqualTo(403);

        HttpResponse<String> health = SupervisorSession.anonymous(port).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        SupervisorSession henan = SupervisorSession.login(port, "henan-gongkai", "henan-gongkai-pass");
        assertThat(henan.get("/").body()).contains("<title>政务公开年报核查 · 监督平台</title>");
        assertThat(states(henan, "/api/alerts?agency=kunwu-office"))
                .containsExactly("kw-license-73:OPEN", "kw-punish-10:OPEN");
        assertThat(henan.postJson("/api/alerts/kw-license-73/review",
                "{\"decision\":\"DISMISSED\",\"comment\":\"行政许可事项已划转，数量口径说明已补充\"}").statusCode()).isEqualTo(200);
        assertThat(henan.postJson("/api/alerts/kw-punish-10/review",
                "{\"decision\":\"CONFIRMED\",\"comment\":\"请昆吾街道更正\"}").statusCode()).isEqualTo(200);
        assertThat(henan.postJson("/api/alerts/kw-punish-10/review", "{\"decision\":\"CONFIRMED\",\"comment\":\" \"}")
                .statusCode()).isEqualTo(400);

        // the same event again, and a re-validation of the same submission under a new rule set
        // (the new rule set grades the punishment mismatch as an error: same fingerprint, so no new alert)
        Finding punishAsError = Finding.newBuilder(PUNISH).setSeverity(Severity.ERROR).build();
        publish(report, validated("kw-s1", KUNWU, 2020, "rules-2026.12", SUBMITTED, Instant.parse("2023-03-01T00:00:00Z"),
                LICENSE, punishAsError));
        publish(validated("kw-marker", KUNWU, 2019, SUBMITTED.plusSeconds(60)));
        awaitStored("kw-marker");

        assertThat(states(henan, "/api/alerts?agency=kunwu-office"))
                .containsExactly("kw-license-73:DISMISSED", "kw-punish-10:CONFIRMED");
        assertThat(states(henan, "/api/alerts?agency=kunwu-office&year=2020&rule=T2-V19-ITEMS-DECISIONS"
                + "&severity=ERROR&outcome=FAIL&state=CONFIRMED")).containsExactly("kw-punish-10:CONFIRMED");
        assertThat(states(henan, "/api/alerts?agency=kunwu-office&severity=WARNING"))
                .containsExactly("kw-license-73:DISMISSED");
        assertThat(states(henan, "/api/alerts?agency=kunwu-office&outcome=UNCERTAIN")).isEmpty();
        assertThat(states(henan, "/api/alerts?agency=kunwu-office&year=2019")).isEmpty();
        JsonNode kunwu = stream(json(henan.get("/api/summary?year=2020")))
                .filter(s -> s.get("agencyId").asString().equals("kunwu-office")).findFirst().orElseThrow();
        assertThat(List.of(kunwu.get("open").asInt(), kunwu.get("confirmed").asInt(), kunwu.get("dismissed").asInt(),
                kunwu.get("resolved").asInt())).containsExactly(0, 1, 1, 0);
        assertThat(mailAbout("昆吾街道办事处")).hasSize(1);

        List<String> timeline = stream(json(henan.get("/api/agencies/kunwu-office/timeline")))
                .map(e -> e.get("kind").asString() + " " + e.get("reportYear").asInt() + " "
                        + text(e.get("ruleSetVersion")) + " " + text(e.get("fingerprint")) + " " + text(e.get("detail")))
                .toList();
        assertThat(timeline).containsExactly(
                "VALIDATED 2020 rules-2026.11 - FAIL SUBMISSION, 2 failing",
                "ALERT_OPENED 2020 - kw-license-73 WARNING",
                "ALERT_OPENED 2020 - kw-punish-10 WARNING",
                "VALIDATED 2019 rules-2026.11 - PASS SUBMISSION, 0 failing",
                "VALIDATED 2020 rules-2026.12 - FAIL SUBMISSION, 2 failing",
                "REVIEW_DISMISSED 2020 - kw-license-73 河南省政务公开办: 行政许可事项已划转，数量口径说明已补充",
                "REVIEW_CONFIRMED 2020 - kw-punish-10 河南省政务公开办: 请昆吾街道更正");
    }

    @Test
    void anOpenDashboardHearsOfNewValidationsInItsJurisdiction() throws Exception {
        SupervisorSession henan = SupervisorSession.login(port, "henan-gongkai", "henan-gongkai-pass");
        Stream<String> events = henan.stream("/api/stream");
        CompletableFuture<String> heard = CompletableFuture.supplyAsync(() -> events
                .filter(line -> line.startsWith("data:") && line.contains("kw-live")).findFirst().orElseThrow());

        publish(validated("kw-live-s1", nianbao.events.Agency.newBuilder(KUNWU).setId("kw-live").build(), 2022,
                SUBMITTED, finding("T3-BALANCE", RuleOutcome.FAIL, Severity.ERROR, "kw-live-balance", "不平衡", null)));

        String data = heard.get(2, TimeUnit.MINUTES);
        events.close();
        JsonNode event = JSON.readTree(data.substring("data:".length()));
        assertThat(event.get("agencyId").asString()).isEqualTo("kw-live");
        assertThat(event.get("reportYear").asInt()).isEqualTo(2022);
        assertThat(event.get("what").asString()).isEqualTo("VALIDATED");
    }

    private static List<String> states(SupervisorSession session, String path) {
        return stream(json(session.get(path)))
                .map(v -> v.get("alert").get("finding").get("fingerprint").asString() + ":" + v.get("state").asString())
                .toList();
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "-" : node.asString();
    }
}
