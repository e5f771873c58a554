package nianbao.notify.history;

import static nianbao.notify.support.Events.validated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.ContainerType;
import nianbao.events.FormatVersion;
import nianbao.events.EventPosition;
import nianbao.events.ParseOutcome;
import nianbao.events.ParseSummary;
import nianbao.events.ReportValidated;
import nianbao.events.TableLayout;
import nianbao.events.Verdict;
import nianbao.notify.support.NotifyIntegrationTest;
import nianbao.notify.support.SupervisorSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-agency timeline reads the topics as well as the store: each submission, what parsing made of it (or why it
 * could not be read) from the parse summary of report-validated, then the validation — and a redelivered event, or the
 * same parse validated again, adds no second parse.
 */
class TimelineTest extends NotifyIntegrationTest {

    private static final Agency SHUNHE = Agency.newBuilder().setId("shunhe-district-office").setName("顺河回族区人民政府办公室")
            .setRegionCode("410203").setLevel(AgencyLevel.COUNTY_DEPARTMENT).build();
    private static final Instant SUBMITTED = Instant.parse("2023-01-20T02:00:00Z");

    @Test
    void showsSubmissionsParsesAndValidationsInOrder() throws Exception {
        ReportValidated truncated = withParse(validated("sh-s1", SHUNHE, 2022, SUBMITTED), ParseOutcome.PARSED, null,
                Map.of("P-TRUNCATED", 1, "P-MISALIGNED", 2), 7);
        ReportValidated unreadable = withParse(ReportValidated.newBuilder(
                        validated("sh-s2", SHUNHE, 2022, SUBMITTED.plusSeconds(3600)))
                        .setVerdict(Verdict.INCOMPLETE).setFormatVersion(FormatVersion.UNKNOWN).build(),
                ParseOutcome.FAILED, "ENCRYPTED: report.pdf (PDF): PDF needs a password to open", Map.of(), 8);
        publish(truncated, unreadable, truncated);

        SupervisorSession kaifeng = SupervisorSession.login(port, "kaifeng-gongkai", "kaifeng-gongkai-pass");
        eventually().until(() -> kinds(kaifeng).size() == 6);

        assertThat(kinds(kaifeng)).containsExactly(
                "SUBMITTED sh-s1 -",
                "PARSED sh-s1 V2021 TAB TEXT; P-MISALIGNED×2, P-TRUNCATED×1",
                "VALIDATED sh-s1 PASS SUBMISSION, 0 failing",
                "SUBMITTED sh-s2 -",
                "PARSE_FAILED sh-s2 ENCRYPTED: report.pdf (PDF): PDF needs a password to open",
                "VALIDATED sh-s2 INCOMPLETE SUBMISSION, 0 failing");
    }

    private List<String> kinds(SupervisorSession session) {
        JsonNode timeline = JsonMapper.builder().build().readTree(session.get("/api/agencies/shunhe-district-office/timeline").body());
        return StreamSupport.stream(timeline.spliterator(), false)
                .map(e -> e.get("kind").asString() + " " + e.get("submissionId").asString() + " "
                        + (e.get("detail") == null || e.get("detail").isNull() ? "-" : e.get("detail").asString()))
                .toList();
    }

    private static ReportValidated withParse(ReportValidated validated, ParseOutcome outcome, String failure,
                                             Map<String, Integer> diagnostics, long parsedOffset) {
        boolean read = outcome == ParseOutcome.PARSED;
        return ReportValidated.newBuilder(validated).setParse(ParseSummary.newBuilder()
                .setParsedAt(validated.getSubmittedAt().plusSeconds(2)).setOutcome(outcome).setFailureReason(failure)
                .setContainer(read ? ContainerType.TEXT : ContainerType.UNKNOWN)
                .setLayout(read ? TableLayout.TAB : TableLayout.UNKNOWN)
                .setDiagnosticCounts(diagnostics)
                .setSource(new EventPosition("report-parsed", 0, parsedOffset))
                .build()).build();
    }
}
