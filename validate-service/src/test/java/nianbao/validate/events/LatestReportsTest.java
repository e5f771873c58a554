package nianbao.validate.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;
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
    void recordsTakenBackInReverseOrderLeaveTheIndexAsItWas() {
        latest.record(parsed("s1", "a", 2022, "2023-01-20T00:00:00Z", ParseOutcome.PARSED), 0, 10);
        Runnable first = latest.record(parsed("s2", "a", 2022, "2023-02-01T00:00:00Z", ParseOutcome.PARSED), 0, 11);
        Runnable second = latest.record(parsed("s3", "a", 2023, "2024-01-20T00:00:00Z", ParseOutcome.PARSED), 0, 12);
        assertThat(latest.of("a", 2022)).map(LatestReports.Position::offset).contains(11L);

        second.run();
        first.run();

        assertThat(latest.of("a", 2022)).map(LatestReports.Position::offset).contains(10L);
        assertThat(latest.of("a", 2023)).isEmpty();
    }

    @Test
    void forgettingAPartitionDropsOnlyItsAgencies() {
        latest.record(parsed("s1", "a", 2022, "2023-01-20T00:00:00Z", ParseOutcome.PARSED), 0, 0);
        latest.record(parsed("s2", "a", 2021, "2022-01-20T00:00:00Z", ParseOutcome.PARSED), 0, 1);
        latest.record(parsed("s3", "b", 2022, "2023-01-20T00:00:00Z", ParseOutcome.PARSED), 4, 0);
        latest.forget(List.of(4));

        assertThat(latest.of("b", 2022)).isEmpty();
        assertThat(latest.of("a", 2021)).isPresent();
        assertThat(latest.size()).isEqualTo(2);
    }

    private static ReportParsed parsed(String submissionId, String agency, int year, String submittedAt, ParseOutcome outcome) {
        return ReportParsed.newBuilder(ParsedEvents.parsed(agency, year, 0)).setSubmissionId(submissionId)
                .setSubmittedAt(Instant.parse(submittedAt)).setOutcome(outcome).build();
    }
}
