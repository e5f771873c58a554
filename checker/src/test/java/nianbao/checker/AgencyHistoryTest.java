package nianbao.checker;

import static org.assertj.core.api.Assertions.assertThat;

import nianbao.report.AgencyLevel;
import java.util.List;
import nianbao.report.ContainerType;
import nianbao.report.FormatVersion;
import nianbao.report.Layout;
import nianbao.report.ParsedReport;
import nianbao.validate.engine.ReportContext;
import org.junit.jupiter.api.Test;

class AgencyHistoryTest {

    private static ReportContext ctx(String submission, String agency, int year) {
        return new ReportContext(submission, agency, "n", "410202", AgencyLevel.TOWNSHIP, year, null);
    }

    private static ParsedReport report(String text) {
        return new ParsedReport("test", ContainerType.TEXT, FormatVersion.V2021, Layout.TAB, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, text);
    }

    @Test
    void answersTheSameAgencysPriorYear() {
        AgencyHistory history = new AgencyHistory();
        ParsedReport y2021 = report("a 2021");
        history.record(ctx("s1", "a", 2021), y2021);
        history.record(ctx("s2", "b", 2021), report("other"));

        assertThat(history.priorYear("a", 2022)).map(AgencyHistory.Entry::report).contains(y2021);
        assertThat(history.priorYear("a", 2021)).isEmpty();
        assertThat(history.priorYear("c", 2022)).isEmpty();
    }

    @Test
    void aLaterSubmissionSupersedesTheEarlierOne() {
        AgencyHistory history = new AgencyHistory();
        history.record(ctx("s1", "a", 2021), report("other"));
        ParsedReport corrected = report("a 2021, corrected");
        history.record(ctx("s2", "a", 2021), corrected);

        assertThat(history.reportFor("a", 2021)).map(e -> e.context().submissionId()).contains("s2");
        assertThat(history.priorYear("a", 2022)).map(AgencyHistory.Entry::report).contains(corrected);
    }
}
