package nianbao.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.report.testing.SampleReports;
import nianbao.report.testing.WildRenderings.Rendering;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports arrive cut short (a page store's excerpt, a failed download, a PDF missing its last pages), in any layout. A
 * report cut anywhere — between lines or inside one, inside a label or a number — raises no ERROR that the whole report
 * in the same layout does not raise: what the cut removed is not readable, so the rules that need it are not
 * assessable, and what the cut left unfinished (the start of the next row's label, a number cut in two) is not taken
 * for a value. The one ERROR a cut may add is S-SECTIONS for the sections it removed: the document as submitted lacks
 * them, and a supervisor must hear so.
 */
class TruncatedRenderingsTest {

    /** Characters between two cuts: prime, so that the cuts fall at every place of the lines in turn. */
    private static final int CUT_EVERY = 37;
    private static final List<Rendering> LAYOUTS = List.of(Rendering.TAB_ROWS, Rendering.PIPE_ROWS,
            Rendering.CLOSING_PIPE_ROWS, Rendering.CELL_PER_LINE, Rendering.CELL_PER_PARAGRAPH,
            Rendering.CLOSED_CELL_PER_LINE, Rendering.SPACE_ALIGNED, Rendering.OCR_MARKDOWN,
            Rendering.PDF_LABELS_WRAPPED_BELOW, Rendering.PDF_LABELS_WRAPPED_ABOVE, Rendering.ONE_LINE_SPACED,
            Rendering.ONE_LINE_RUN, Rendering.ONE_LINE_PIPED, Rendering.EMPTY_CELLS_FOR_ZEROS);

    static Stream<Object[]> everySampleInEveryLayout() {
        return SampleReports.all().stream().flatMap(sample -> LAYOUTS.stream().map(layout -> new Object[] {sample, layout}));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everySampleInEveryLayout")
    void aCutRaisesNoErrorTheWholeReportDoesNotRaise(String sample, Rendering layout) {
        String whole = layout.apply(SampleReports.text(sample));
        List<String> wholeErrors = errors(WildLayoutFindingsTest.check(sample, whole));
        List<String> problems = new ArrayList<>();
        for (int end = CUT_EVERY; end < whole.length(); end += CUT_EVERY) {
            for (String error : errors(WildLayoutFindingsTest.check(sample, whole.substring(0, end)))) {
                if (!wholeErrors.contains(error)) {
                    problems.add("cut after " + end + " characters (…" + tail(whole, end) + "): " + error);
                }
            }
        }
        assertThat(problems).as("ERRORs of a cut %s that the whole %s does not raise", layout, sample).isEmpty();
    }

    /** The ERRORs but S-SECTIONS, which a cut may add rightly. */
    private static List<String> errors(CheckedReport r) {
        return WildLayoutFindingsTest.errors(r).stream().filter(e -> !e.startsWith("S-SECTIONS ")).toList();
    }

    private static String tail(String text, int end) {
        return text.substring(Math.max(0, end - 20), end).replace("\n", "⏎");
    }
}
