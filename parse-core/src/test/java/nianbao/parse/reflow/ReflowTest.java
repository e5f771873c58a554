package nianbao.parse.reflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nianbao.parse.ReportParser;
import nianbao.parse.extract.ExtractedText;
import nianbao.report.Cell;
import nianbao.report.ContainerType;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.report.ParsedReport;
import nianbao.report.Qualifier;
import nianbao.report.Section;
import nianbao.report.SourceSpan;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.T4Column;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hand-written reports in the shapes the web and PDF extraction give them, read back with exact spans. */
class ReflowTest {

    private static final ReportParser PARSER = new ReportParser();

    private static ParsedReport parse(String resource) {
        return PARSER.parse(new ExtractedText(ContainerType.TEXT, text(resource), null));
    }

    private static String text(String resource) {
        try (var in = ReflowTest.class.getResourceAsStream("/wild/" + resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The source text a span covers, lines joined by '\n'. */
    private static String at(ParsedReport report, SourceSpan span) {
        List<String> lines = Arrays.asList(report.text().split("\n", -1));
        if (span.line() == span.endLine()) return lines.get(span.line() - 1).substring(span.column() - 1, span.endColumn() - 1);
        StringBuilder s = new StringBuilder(lines.get(span.line() - 1).substring(span.column() - 1));
        for (int l = span.line() + 1; l < span.endLine(); l++) s.append('\n').append(lines.get(l - 1));
        return s.append('\n').append(lines.get(span.endLine() - 1), 0, span.endColumn() - 1).toString();
    }

    private static long number(ParsedReport report, CellRef ref) {
        return report.cell(ref).value().longValueExact();
    }

    @Test
    void proseWrappedByPdfExtractionIsReadAcrossLinesAndAPageFooter() {
        ParsedReport report = parse("pdf-wrapped-district-office-2023.txt");

        NarrativeFact received = report.facts(FactKind.APPLICATIONS_RECEIVED).get(0);
        assertThat(received.value()).isEqualByComparingTo(BigDecimal.valueOf(17));
        assertThat(received.span()).isEqualTo(new SourceSpan(9, 28, 13, 10));
        assertThat(at(report, received.span())).isEqualTo("全年受理政府\n\n- 3 -\n\n信息公开申请17件");
        assertThat(report.facts(FactKind.STATISTICAL_PERIOD).get(0).qualifier())
                .isEqualTo(new Qualifier.Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
        assertThat(report.facts(FactKind.NO_REVIEW_OR_LITIGATION)).hasSize(1);
    }

    @Test
    void aReportFlattenedIntoOneLineIsReadLikeAnyOther() {
        ParsedReport report = parse("flattened-county-bureau-2023.txt");

        assertThat(report.sections().stream().filter(Section::found).count()).isEqualTo(6);
        assertThat(at(report, report.sections().get(2).span())).isEqualTo("三、收到和处理政府信息公开申请情况");
        // 713000074 = 71, 3, 0, 0, 0, 0, 74: the only split whose last number is the sum of the others
        assertThat(number(report, CellRef.t3(T3Row.R1, T3Column.NAT))).isEqualTo(71);
        assertThat(number(report, CellRef.t3(T3Row.R1, T3Column.COM))).isEqualTo(3);
        assertThat(number(report, CellRef.t3(T3Row.R1, T3Column.TOT))).isEqualTo(74);
        Cell total = report.cell(CellRef.t3(T3Row.R1, T3Column.TOT));
        assertThat(at(report, total.span())).isEqualTo("74");
        assertThat(number(report, CellRef.t3(T3Row.R2, T3Column.TOT))).isEqualTo(1);
        assertThat(number(report, CellRef.t3(T3Row.R3_4_1, T3Column.NAT))).isEqualTo(35);
        assertThat(number(report, CellRef.t3(T3Row.R3_4_1, T3Column.TOT))).isEqualTo(37);
        assertThat(number(report, CellRef.t3(T3Row.R3_7, T3Column.TOT))).isEqualTo(75);
        assertThat(number(report, CellRef.t3(T3Row.R4, T3Column.TOT))).isEqualTo(0);
        // table 四 as one run: 2 1 0 1 4 | 1 0 0 0 1 | 1 0 0 0 1
        assertThat(number(report, CellRef.t4(T4Column.RV_TOTAL))).isEqualTo(4);
        assertThat(number(report, CellRef.t4(T4Column.LD_TOTAL))).isEqualTo(1);
        assertThat(number(report, CellRef.t4(T4Column.LR_TOTAL))).isEqualTo(1);
        // table 二: 规章 000 splits one way, 行政规范性文件 3219 three ways
        assertThat(number(report, CellRef.parse("T2.REG.VALID"))).isEqualTo(0);
        assertThat(number(report, CellRef.parse("T2.LICENSE.DECISIONS"))).isEqualTo(1288);
        assertThat(report.cell(CellRef.parse("T2.NORM.VALID")).isNumber()).isFalse();
        assertThat(report.diagnostics()).anyMatch(d -> d.code().equals("P-AMBIGUOUS") && d.cells().contains(CellRef.parse("T2.NORM.VALID")));
        assertThat(report.diagnostics()).anyMatch(d -> d.code().equals("P-DECODED") && d.cells().contains(CellRef.t4(T4Column.RV_TOTAL)));

        assertThat(report.facts(FactKind.APPLICATIONS_RECEIVED).get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(74));
        assertThat(report.facts(FactKind.OVERVIEW_TOPIC)).hasSize(5);
        assertThat(report.facts(FactKind.SIGNATURE_DATE).get(0).qualifier()).isEqualTo(new Qualifier.Day(LocalDate.of(2024, 1, 25)));
        assertThat(report.facts(FactKind.FEE_STATEMENT)).hasSize(1);
    }

    /** The same flattened report typed in full-width digits (Word, OCR): its closing date is still cut off and read. */
    @Test
    void aFlattenedReportInFullWidthDigitsKeepsItsClosingDate() {
        String flattened = text("flattened-county-bureau-2023.txt");
        StringBuilder wide = new StringBuilder();
        for (char c : flattened.toCharArray()) wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        ParsedReport report = PARSER.parse(new ExtractedText(ContainerType.TEXT, wide.toString(), null));

        assertThat(report.facts(FactKind.SIGNATURE_DATE).get(0).qualifier()).isEqualTo(new Qualifier.Day(LocalDate.of(2024, 1, 25)));
        assertThat(number(report, CellRef.t3(T3Row.R1, T3Column.TOT))).isEqualTo(74);
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleReports.LONGTING, SampleReports.KUNWU, SampleReports.CHAOYANG, SampleReports.JINPING,
            SampleReports.QIDONG})
    void wordAndWebTextWithOneParagraphPerLineIsLeftAsItIs(String sample) {
        assertThat(Reflow.of(SampleReports.lines(sample)).isIdentity()).isTrue();
    }

    @Test
    void pageFootersAreToldFromFigures() {
        for (String footer : List.of("- 3 -", "—3—", "  -12-  ", "第3页", "第 3 页 共 9 页", "3/9", "３/９", "－３－")) {
            assertThat(Reflow.isPageFooter(footer)).as(footer).isTrue();
        }
        for (String other : List.of("3", "2023", "-", "第三条", "0 0 0", "第3项")) {
            assertThat(Reflow.isPageFooter(other)).as(other).isFalse();
        }
    }
}
