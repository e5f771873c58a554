package nianbao.validate.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.ContainerType;
import nianbao.events.FormatVersion;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;
import nianbao.events.TableLayout;
import org.junit.jupiter.api.Test;

class LatestReportsTest {

    private final LatestReports latest = new LatestReports();

    @Test
    void aLaterSubmissionSupersedesAndAnUnreadableOneIsNotHistory() {
        latest.record(parsed("s1", "a", 2022, "2023-01-20T00:00:00Z", ParseOutcome.PARSED), 0, 10);
        latest.record(parsed("s2", "a", 2022, "2023-02-01T00:00:00Z", ParseOutcome.PARSED), 0, 11);
        // read again when the partition is indexed anew: the earlier submission does not win back
        latest.record(parsed("s1", "a", 2022, "2023-01-20T00:00:00Z", ParseOutcome.PARSED), 0, 10);
        latest.record(parsed("s3", "a", 2022, "2023-03-01T00:00:00Z", ParseOutcome.FAILED), 0, 13);

        assertThat(latest.of("a", 2022)).contains(new LatestReports.Position(0, 11, Instant.parse("2023-02-01T00:00:00Z")));
        assertThat(latest.size()).isEqualTo(1);
    }

    @Test
    void forgettingAPartitionDropsOnlyItsAgencies() {
        latest.record(parsed("s1", "a", 2022, "2023-01-20T00:00:00Z", ParseOutcome.PARSED), 0, 0);
        latest.record(parsed("s2", "a", 2021, "2022-01-20T00:00:00Z", ParseOutcome.PARSED), 0, 1);
        latest.record(parsed("s3", "b", 2022, "2023-01-20T00:00:00Z", ParseOutcome.PARSED), 4, 0);
        assertThat(latest.partitions()).containsExactly(0, 4);

        latest.forget(List.of(4));

        assertThat(latest.of("b", 2022)).isEmpty();
        assertThat(latest.of("a", 2021)).isPresent();
        assertThat(latest.partitions()).containsExactly(0);
        assertThat(latest.size()).isEqualTo(2);
    }

    private static ReportParsed parsed(String submissionId, String agency, int year, String submittedAt, ParseOutcome outcome) {
        return ReportParsed.newBuilder()
                .setSubmissionId(submissionId)
                .setAgency(new Agency(agency, "测试街道办事处", "410202", AgencyLevel.TOWNSHIP, null))
                .setReportYear(year)
                .setParserVersion("test")
                .setOutcome(outcome)
                .setFormatVersion(FormatVersion.V2021)
                .setContainer(ContainerType.TEXT)
                .setLayout(TableLayout.TAB)
                .setSections(List.of())
                .setCells(List.of())
                .setNarrativeFacts(List.of())
                .setDiagnostics(List.of())
                .setText("")
                .setSubmittedAt(Instant.parse(submittedAt))
                .setParsedAt(Instant.parse(submittedAt))
                .build();
    }
}
