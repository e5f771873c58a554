package nianbao.parse.reflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nianbao.parse.ReportParser;
import nianbao.parse.extract.ExtractedText;
import nianbao.report.Cell;
import nianbao.report.CellSemantic;
import nianbao.report.ContainerType;
import nianbao.report.ParsedReport;
import nianbao.report.Section;
import nianbao.report.tables.CellRef;
import nianbao.report.testing.ComparableFacts;
import nianbao.report.testing.RenderedCells;
import nianbao.report.testing.SampleReports;
import nianbao.report.testing.WildRenderings.Rendering;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * issue 9, metamorphic layouts: every sample re-rendered as real reports arrive (one line with digits run together,
 * spaced, or closed by the cell rules a web page kept, prose wrapped as PDF text with page footers, table rows as
 * pdftotext -layout prints them with long labels wrapped, OCR markdown, every table in the other layouts of
 * domain-spec §7, full-width digits, units after counts) yields the cells of the original — a 0 written as a blank
 * marker yields BLANK, as the spec reads it; where the rendering loses information a cell may be MISSING or inferred,
 * named by a P-AMBIGUOUS or P-MISALIGNED diagnostic, never a different certain value.
 */
class WildLayoutsTest {

    private static final ReportParser PARSER = new ReportParser();

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("nianbao.report.testing.WildRenderings#everySampleInEveryRendering")
    void renderingKeepsTheCellsOrSaysWhyNot(String sample, Rendering rendering) {
        ParsedReport original = parse(SampleReports.text(sample));
        ParsedReport rendered = parse(rendering.apply(SampleReports.text(sample)));

        Set<CellRef> explained = rendered.diagnostics().stream()
                .filter(d -> d.code().equals("P-AMBIGUOUS") || d.code().equals("P-MISALIGNED") || d.code().equals("P-TRUNCATED"))
                .flatMap(d -> d.cells().stream()).collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (Cell written : original.cells()) {
            Cell expected = RenderedCells.expected(written, rendering);
            Cell actual = rendered.cell(expected.ref());
            if (RenderedCells.same(expected, actual)) continue;
            String line = expected.ref() + ": " + RenderedCells.describe(expected) + " → " + RenderedCells.describe(actual);
            if (actual.isNumber() && actual.isCertain() || !explained.contains(expected.ref())) wrong.add(line);
            else lost.add(line);
        }
        assertThat(wrong).as("cells read differently without a diagnostic").isEmpty();
        assertThat(lost).as("cells lost, with a diagnostic").hasSize(expectedLoss(sample, rendering));
        assertThat(ComparableFacts.of(rendered).stream().map(f -> f.replace(ComparableFacts.UNCERTAIN, "")).toList()).as("narrative facts")
                .containsExactlyInAnyOrderElementsOf(ComparableFacts.of(original));
        assertThat(ComparableFacts.of(rendered).stream().filter(f -> f.endsWith(ComparableFacts.UNCERTAIN))).as("facts read as uncertain")
                .hasSize(expectedUncertain(sample, rendering));
        assertThat(rendered.sections().stream().filter(Section::found).map(Section::id).toList())
                .containsExactlyElementsOf(original.sections().stream().filter(Section::found).map(Section::id).toList());
    }

    /**
     * What a rendering cannot keep: digits run together cannot be split into seven columns when a row printed only
     * six (longting's 21 outcome rows: 147 cells; kunwu's 17 short or merged rows: 119), nor V2019 table-二 rows with
     * signed changes or money (kunwu: 16 cells), nor a 14-value table 四 (kunwu: 14 cells) — those come out MISSING
     * with P-AMBIGUOUS. (qidong's table 四 lost its heading and header, so once flattened its 15 values run on from
     * the last table-三 row: they are read all the same, as no row has more than 7 values.) Digits typed full-width
     * lose no more. Zeros left as empty TAB cells: a table-二 row whose empty cell stands before its values cannot
     * tell which column it left empty (ragged rows drop such cells as label drift), so its cells are inferred or
     * MISSING with P-MISALIGNED (longting's and chaoyang's 行政规范性文件: 3 each; kunwu's 行政许可 and 行政处罚: 6).
     */
    private static int expectedLoss(String sample, Rendering rendering) {
        if (rendering == Rendering.EMPTY_CELLS_FOR_ZEROS) {
            return switch (sample) {
                case SampleReports.LONGTING, SampleReports.CHAOYANG -> 3;
                case SampleReports.KUNWU -> 6;
                default -> 0;
            };
        }
        if (rendering != Rendering.ONE_LINE_RUN && rendering != Rendering.ONE_LINE_RUN_FULL_WIDTH) return 0;
        if (sample.equals(SampleReports.LONGTING)) return 147;
        if (sample.equals(SampleReports.KUNWU)) return 149;
        return 0;
    }

    /**
     * Facts a rendering leaves uncertain: a figure whose digits a line break splits is read whole but uncertain, since
     * typesetting keeps a figure's digits on one line (jinping's 主动公开…220条 sum and qidong's 1725条 sum: one each).
     */
    private static int expectedUncertain(String sample, Rendering rendering) {
        if (rendering != Rendering.PROSE_WRAPPED_IN_NUMBERS) return 0;
        return sample.equals(SampleReports.JINPING) || sample.equals(SampleReports.QIDONG) ? 1 : 0;
    }

    private static ParsedReport parse(String text) {
        return PARSER.parse(new ExtractedText(ContainerType.TEXT, text, null));
    }
}
