package nianbao.validate.history;

import static org.assertj.core.api.Assertions.assertThat;

import nianbao.report.AgencyLevel;
import nianbao.report.ParsedReport;
import nianbao.report.tables.T3Row;
import nianbao.validate.engine.ReportContext;
import nianbao.validate.rules.ReportBuilder;
import org.junit.jupiter.api.Test;

class AgencyHistoryTest {

    private static ReportContext ctx(String submission, String agency, int year) {
        return new ReportContext(submission, agency, "n", "410202", AgencyLevel.TOWNSHIP, year, null);
    }

    @Test
    void answersTheSameAgencysPriorYear() {
        AgencyHistory history = new AgencyHistory();
        ParsedReport y2021 = ReportBuilder.v2021().t3(T3Row.R4, 2).build();
        history.record(ctx("s1", "a", 2021), y2021);
        history.record(ctx("s2", "b", 2021), ReportBuilder.v2021().build());

        assertThat(history.priorYear("a", 2022)).map(AgencyHistory.Entry::report).contains(y2021);
        assertThat(history.priorYear("a", 2021)).isEmpty();
        assertThat(history.priorYear("c", 2022)).isEmpty();
        assertThat(history.size()).isEqualTo(2);
    }

    @Test
    void aLaterSubmissionSupersedesTheEarlierOne() {
        AgencyHistory history = new AgencyHistory();
        history.record(ctx("s1", "a", 2021), ReportBuilder.v2021().build());
        ParsedReport corrected = ReportBuilder.v2021().t3(T3Row.R4, 1).build();
        history.record(ctx("s2", "a", 2021), corrected);

        assertThat(history.reportFor("a", 2021)).map(e -> e.context().submissionId()).contains("s2");
        assertThat(history.priorYear("a", 2022)).map(AgencyHistory.Entry::report).contains(corrected);
        assertThat(history.size()).isEqualTo(1);
    }

    @Test
    void anEarlierYearArrivingLateNamesTheLaterYearToRevalidate() {
        AgencyHistory history = new AgencyHistory();
        history.record(ctx("s3", "a", 2023), ReportBuilder.v2021().build());
        history.record(ctx("s2", "a", 2022), ReportBuilder.v2021().build());

        assertThat(history.toRevalidateAfter("a", 2022)).map(e -> e.context().submissionId()).contains("s3");
        assertThat(history.toRevalidateAfter("a", 2023)).isEmpty();
    }
}
