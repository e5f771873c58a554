package nianbao.checker.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.report.Cell;
import nianbao.report.testing.RenderedCells;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real reports of the corpus cut short anywhere — every few characters, inside labels and numbers, and at every
 * line end with and without its line break — as a page store, a failed download or a copy and paste cuts them. A cut
 * raises no ERROR the whole excerpt does not raise (but S-SECTIONS for the sections it removed), and every number it
 * reads is the number the whole excerpt reads in that cell: what a cut leaves unfinished is not a value.
 */
class CorpusCutsTest {

    /** Characters between two cuts: prime, so that the cuts fall at every place of the lines in turn. */
    private static final int CUT_EVERY = 29;

    static Stream<Object[]> reports() {
        return CorpusFolder.reports().stream().map(r -> new Object[] {r.id(), r});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void aCutReadsNothingTheWholeExcerptDoesNotRead(String id, CorpusReport report) {
        String whole = CorpusChecks.text(report);
        CheckedReport all = CorpusChecks.check(report, whole);
        List<String> wholeErrors = CorpusChecks.errors(all);
        List<String> problems = new ArrayList<>();
        for (int end : cuts(whole)) {
            CheckedReport cut = CorpusChecks.check(report, whole.substring(0, end));
            String where = "cut after " + end + " characters (…" + tail(whole, end) + "): ";
            for (String error : CorpusChecks.errors(cut)) {
                if (!error.startsWith("S-SECTIONS ") && !wholeErrors.contains(error)) problems.add(where + error);
            }
            for (Cell c : CorpusChecks.cells(cut)) {
                Cell there = all.report().cell(c.ref());
                boolean same = there.isNumber() && c.isNumber() && there.value().compareTo(c.value()) == 0;
                if (c.isNumber() && !same) {
                    problems.add(where + c.ref() + " " + RenderedCells.describe(c) + ", whole " + RenderedCells.describe(there));
                }
            }
        }
        assertThat(problems).as("what cuts of %s read that the whole excerpt does not", report.id()).isEmpty();
    }

    /** Every CUT_EVERY characters, and at every line end before and after its line break. */
    private static TreeSet<Integer> cuts(String text) {
        TreeSet<Integer> ends = new TreeSet<>();
        for (int end = CUT_EVERY; end < text.length(); end += CUT_EVERY) ends.add(end);
        for (int nl = text.indexOf('\n'); nl >= 0 && nl + 1 < text.length(); nl = text.indexOf('\n', nl + 1)) {
            ends.add(nl);
            ends.add(nl + 1);
        }
        return ends;
    }

    private static String tail(String text, int end) {
        return text.substring(Math.max(0, end - 20), end).replace("\n", "⏎");
    }
}
