package nianbao.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import nianbao.parse.extract.ExtractedText;
import nianbao.report.Cell;
import nianbao.report.CellSemantic;
import nianbao.report.ContainerType;
import nianbao.report.ParsedReport;
import nianbao.report.SourceSpan;
import nianbao.report.tables.CellRef;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;

class ReportParserTest {

    private final ReportParser parser = new ReportParser();

    @Test
    void bomAndCrLfAreNormalisedAndSpansPointIntoTheNormalisedText() {
        String sample = SampleReports.text("longting-gov-office-2022.txt");
        ParsedReport plain = parser.parse(new ExtractedText(ContainerType.TEXT, sample, null));
        ParsedReport windows = parser.parse(new ExtractedText(ContainerType.TEXT, "\uFEFF" + sample.replace("\n", "\r\n"), null));
        assertEquals(plain.text(), windows.text());
        assertEquals(plain.cells(), windows.cells());
        Cell total = windows.cell(CellRef.parse("T4[RV.TOTAL]"));
        assertEquals(SourceSpan.onLine(84, 9, 2), total.span());
        assertEquals("12", windows.text().split("\n")[83].substring(8, 10));
    }

    @Test
    void documentBytesAreExtractedThenParsed() {
        String sample = SampleReports.text("jinping-street-2022.txt");
        ParsedReport fromBytes = parser.parse(sample.getBytes(StandardCharsets.UTF_8), "jinping.txt", "text/plain");
        ParsedReport fromText = parser.parse(new ExtractedText(ContainerType.TEXT, sample, null));
        assertEquals(fromText.cells(), fromBytes.cells());
        assertEquals(ReportParser.PARSER_VERSION, fromBytes.parserVersion());
    }

    /**
     * Pasted text that stops inside a row of six values may be cut after six or printed without a 法人 column: only
     * 自然人, the first under either reading, is read. The same line ending the text with a line break after it is whole:
     * a row printed without a column (its 总计 read, its four equal 法人 values certain).
     */
    @Test
    void aPastedTextStoppingInsideARowReadsOnlyWhatEveryReadingShares() {
        String upTo = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量    16    0    0    0    0    0";
        ParsedReport cut = parser.parse(new ExtractedText(ContainerType.TEXT, upTo + "  ", null));
        assertEquals(new BigDecimal("16"), cut.cell(CellRef.parse("T3[R1][NAT]")).value());
        assertEquals(CellSemantic.MISSING, cut.cell(CellRef.parse("T3[R1][COM]")).semantic());
        assertEquals(CellSemantic.MISSING, cut.cell(CellRef.parse("T3[R1][TOT]")).semantic());
        assertTrue(cut.hasDiagnostic("P-TRUNCATED"), cut.diagnostics().toString());

        ParsedReport whole = parser.parse(new ExtractedText(ContainerType.TEXT, upTo + "\n", null));
        assertEquals(new BigDecimal("0"), whole.cell(CellRef.parse("T3[R1][TOT]")).value());
        assertEquals(CellSemantic.BLANK, whole.cell(CellRef.parse("T3[R1][COM]")).semantic());
    }

    /**
     * A table whose rows lost their empty cells (two values for seven columns, placeable nowhere) gives a row the text
     * ends in no place either: its first value need not be 自然人. Where the table's whole rows printed all seven
     * columns, a row cut after three values on lines of their own is read in column order.
     */
    @Test
    void aRowTheTextEndsInIsPlacedOnlyAsTheTablesWholeRowsWerePrinted() {
        String sparse = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 |\n3 |\n3 |\n|\n（一）予以公开 |\n3 |\n";
        ParsedReport cutSparse = parser.parse(new ExtractedText(ContainerType.TEXT, sparse, null));
        assertEquals(CellSemantic.MISSING, cutSparse.cell(CellRef.parse("T3[R1][NAT]")).semantic());
        assertEquals(CellSemantic.MISSING, cutSparse.cell(CellRef.parse("T3[R3.1][NAT]")).semantic());

        String full = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |\n"
                + "二、上年结转政府信息公开申请数量 |\n2 |\n0 |\n1 |\n";
        ParsedReport cutFull = parser.parse(new ExtractedText(ContainerType.TEXT, full, null));
        assertEquals(new BigDecimal("5"), cutFull.cell(CellRef.parse("T3[R1][TOT]")).value());
        assertEquals(new BigDecimal("2"), cutFull.cell(CellRef.parse("T3[R2][NAT]")).value());
        assertEquals(new BigDecimal("1"), cutFull.cell(CellRef.parse("T3[R2][SCI]")).value());
        assertEquals(CellSemantic.MISSING, cutFull.cell(CellRef.parse("T3[R2][NGO]")).semantic());
    }

    /**
     * A page cut inside a table row (an excerpt of raw HTML) may have cut its last cell (1 of 10) and lost the cells
     * after it: the row keeps only its 自然人, as a pasted text stopping inside a row does.
     */
    @Test
    void anHtmlPageCutInsideATableRowReadsOnlyWhatTheCutCannotChange() {
        String page = "<html><body><p>三、收到和处理政府信息公开申请情况</p><table>"
                + "<tr><td>一、本年新收政府信息公开申请数量</td><td>5</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>"
                + "<tr><td>二、上年结转政府信息公开申请数量</td><td>2</td><td>0</td><td>0</td><td>1";
        ParsedReport cut = parser.parse(page.getBytes(StandardCharsets.UTF_8), "report.html", "text/html");
        assertEquals(new BigDecimal("5"), cut.cell(CellRef.parse("T3[R1][TOT]")).value());
        assertEquals(new BigDecimal("2"), cut.cell(CellRef.parse("T3[R2][NAT]")).value());
        assertEquals(CellSemantic.MISSING, cut.cell(CellRef.parse("T3[R2][COM]")).semantic());
        assertEquals(CellSemantic.MISSING, cut.cell(CellRef.parse("T3[R2][LAW]")).semantic());
        assertTrue(cut.hasDiagnostic("P-TRUNCATED"), cut.diagnostics().toString());
    }

    @Test
    void emptyFirstApplicantCellOfAnHtmlTableIsBlankNotAShortRow() {
        String page = """
                <html><body><p>三、收到和处理政府信息公开申请情况</p><table>
                  <tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td></td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr>
                  <tr><td>三、本年度办理结果</td><td>（一）予以公开</td><td>&nbsp;</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
                </table></body></html>""";
        ParsedReport report = parser.parse(page.getBytes(StandardCharsets.UTF_8), "report.html", "text/html");
        assertEquals(CellSemantic.BLANK, report.cell(CellRef.parse("T3[R1][NAT]")).semantic());
        assertEquals(new BigDecimal("2"), report.cell(CellRef.parse("T3[R1][COM]")).value());
        assertEquals(CellSemantic.BLANK, report.cell(CellRef.parse("T3[R3.1][NAT]")).semantic());
        assertEquals(new BigDecimal("1"), report.cell(CellRef.parse("T3[R3.1][TOT]")).value());
        assertEquals(1.0, report.cell(CellRef.parse("T3[R3.1][COM]")).confidence());
        assertFalse(report.hasDiagnostic("P-MISALIGNED"), report.diagnostics().toString());
    }

    @Test
    void markersOfBothVersionsGiveVersionMixed() {
        String mixed = SampleReports.text("longting-gov-office-2022.txt")
                .replace("信息内容\t本年处理决定数量\t\t\n行政许可", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可");
        ParsedReport report = parser.parse(new ExtractedText(ContainerType.TEXT, mixed, null));
        assertTrue(report.hasDiagnostic("P-VERSION-MIXED"), report.diagnostics().toString());
    }
}
