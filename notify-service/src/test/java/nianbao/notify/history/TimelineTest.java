package nianbao.notify.history;

import static nianbao.notify.support.Events.validated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.ContainerType;
import nianbao.events.FormatVersion;
import nianbao.events.ParseDiagnostic;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;
import nianbao.events.SourceSpan;
import nianbao.events.TableLayout;
import nianbao.notify.support.NotifyIntegrationTest;
import nianbao.notify.support.SupervisorSession;
import nianbao.schemas.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-agency timeline reads the topics as well as the store: each submission, what parsing made of it (or why it
 * could not be read), then the validation — and a redelivered report-parsed event adds nothing.
 */
class TimelineTest extends NotifyIntegrationTest {

    private static final Agency SHUNHE = Agency.newBuilder().setId("shunhe-district-office").setName("顺河回族区人民政府办公室")
            .setRegionCode("410203").setLevel(AgencyLevel.COUNTY_DEPARTMENT).build();
    private static final Instant SUBMITTED = Instant.parse("2023-01-20T02:00:00Z");

    @Test
    void showsSubmissionsParsesAndValidationsInOrder() throws Exception {
        ReportParsed truncated = parsed("sh-s1", SUBMITTED, ParseOutcome.PARSED, null,
                List.of("P-TRUNCATED", "P-MISALIGNED", "P-MISALIGNED"));
        ReportParsed unreadable = parsed("sh-s2", SUBMITTED.plusSeconds(3600), ParseOutcome.FAILED,
                "ENCRYPTED: report.pdf (PDF): PDF needs a password to open", List.of());
        publish(Topics.REPORT_PARSED, p -> p.getAgency().getId(), truncated, unreadable, truncated);
        publish(validated("sh-s1", SHUNHE, 2022, SUBMITTED));

        SupervisorSession kaifeng = SupervisorSession.login(port, "kaifeng-gongkai", "kaifeng-gongkai-pass");
        eventually().until(() -> kinds(kaifeng).size() == 5);

        assertThat(kinds(kaifeng)).containsExactly(
                "SUBMITTED sh-s1 -",
                "PARSED sh-s1 V2021 TAB TEXT; P-MISALIGNED×2, P-TRUNCATED×1",
                "VALIDATED sh-s1 PASS SUBMISSION, 0 failing",
                "SUBMITTED sh-s2 -",
                "PARSE_FAILED sh-s2 ENCRYPTED: report.pdf (PDF): PDF needs a password to open");
    }

    private List<String> kinds(SupervisorSession session) {
        JsonNode timeline = JsonMapper.builder().build().readTree(session.get("/api/agencies/shunhe-district-office/timeline").body());
        return StreamSupport.stream(timeline.spliterator(), false)
                .map(e -> e.get("kind").asString() + " " + e.get("submissionId").asString() + " "
                        + (e.get("detail") == null || e.get("detail").isNull() ? "-" : e.get("detail").asString()))
                .toList();
    }

    private static ReportParsed parsed(String submission, Instant submittedAt, ParseOutcome outcome, String failure,
                                       List<String> diagnostics) {
        SourceSpan nowhere = new SourceSpan(0, 0, 0, 0);
        return ReportParsed.newBuilder()
                .setSubmissionId(submission).setAgency(SHUNHE).setReportYear(2022).setParserVersion("0.1.0")
                .setOutcome(outcome).setFailureReason(failure)
                .setFormatVersion(outcome == ParseOutcome.PARSED ? FormatVersion.V2021 : FormatVersion.UNKNOWN)
                .setContainer(outcome == ParseOutcome.PARSED ? ContainerType.TEXT : ContainerType.UNKNOWN)
                .setLayout(outcome == ParseOutcome.PARSED ? TableLayout.TAB : TableLayout.UNKNOWN)
                .setSections(List.of()).setCells(List.of()).setNarrativeFacts(List.of())
                .setDiagnostics(diagnostics.stream().map(code -> new ParseDiagnostic(code, code, nowhere, List.of())).toList())
                .setText("").setSubmittedAt(submittedAt).setParsedAt(submittedAt.plusSeconds(2))
                .build();
    }
}
