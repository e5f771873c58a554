package nianbao.parse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nianbao.parse.ReportParser;
import nianbao.parse.containers.PdfWriter;
import nianbao.parse.containers.ReportDocument;
import nianbao.parse.containers.ReportDocument.Block;
import nianbao.parse.containers.ReportDocument.Paragraph;
import nianbao.parse.containers.ReportDocument.SpanCell;
import nianbao.parse.containers.ReportDocument.Table;
import nianbao.report.CellSemantic;
import nianbao.report.ContainerType;
import nianbao.report.Layout;
import nianbao.report.ParsedReport;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfExtractionTest {

    private static Path font;

    @BeforeAll
    static void needsACjkFont() {
        font = PdfWriter.cjkFont().orElse(null);
        assumeTrue(font != null, "no CJK font installed (apt-get install fonts-wqy-microhei): PDF tests skipped");
    }

    @Test
    void tableColumnsBecomeTabsAndRowSpanningLabelsArePrintedOnce() {
        ExtractedText extracted = new DocumentExtractor().extract(
                PdfWriter.write(DocxExtractionTest.DOCUMENT, font), "report.pdf", "application/pdf");

        assertThat(extracted.container()).isEqualTo(ContainerType.PDF);
        assertThat(extracted.gridLayout()).isEqualTo(Layout.PDF_LAYOUT);
        // Empty cells print nothing; the value columns of the rows around them put them back (after 16, after 5).
        assertThat(extracted.text().split("\n")).containsExactly(
                "三、收到和处理政府信息公开申请情况",
                "（本列数据的勾稽关系）\t申请人情况",
                "自然人\t社会公益组织",
                "一、本年新收政府信息公开申请数量\t16\t",
                "三、本年度办理结果\t（一）予以公开\t3\t0",
                "（二）部分公开\t2\t0",
                "（七）总计\t5\t",
                "四、政府信息公开行政复议、行政诉讼情况");
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsRead() throws IOException {
        ByteArrayOutputStream protectedPdf = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(PdfWriter.write(DocxExtractionTest.DOCUMENT, font))) {
            AccessPermission readOnly = new AccessPermission();
            readOnly.setCanExtractContent(false);
            document.protect(new StandardProtectionPolicy("owner-secret", "", readOnly));
            document.save(protectedPdf);
        }

        ExtractedText extracted = new DocumentExtractor().extract(protectedPdf.toByteArray(), "r.pdf", null);

        assertThat(extracted.text().split("\n")).startsWith("三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系）\t申请人情况");
    }

    @Test
    void emptyCellsOfAPrintedTableAreBlankNotAShortRow() {
        // 自然人 empty in 本年新收, 商业企业 empty in 上年结转: nothing is printed there
        ReportDocument document = new ReportDocument(List.of(
                new Paragraph("三、收到和处理政府信息公开申请情况"),
                new Table(List.of(
                        List.of(SpanCell.of("申请人情况"), SpanCell.of("自然人"), SpanCell.of("商业企业"), SpanCell.of("科研机构"),
                                SpanCell.of("社会公益组织"), SpanCell.of("法律服务机构"), SpanCell.of("其他"), SpanCell.of("总计")),
                        row("一、本年新收政府信息公开申请数量", "", "2", "0", "0", "0", "0", "2"),
                        row("二、上年结转政府信息公开申请数量", "1", "", "0", "0", "0", "0", "1"),
                        row("（一）予以公开", "1", "2", "0", "0", "0", "0", "3")))));

        ParsedReport report = new ReportParser().parse(PdfWriter.write(document, font), "report.pdf", null);

        assertThat(report.layout()).isEqualTo(Layout.PDF_LAYOUT);
        assertThat(cells(report, "R1")).containsExactly("_", "2", "0", "0", "0", "0", "2");
        assertThat(cells(report, "R2")).containsExactly("1", "_", "0", "0", "0", "0", "1");
        assertThat(cells(report, "R3.1")).containsExactly("1", "2", "0", "0", "0", "0", "3");
        assertThat(report.cell(CellRef.parse("T3[R1][COM]")).confidence()).isEqualTo(1.0);
        assertThat(report.hasDiagnostic("P-MISALIGNED")).as(report.diagnostics().toString()).isFalse();
    }

    private static List<SpanCell> row(String... cells) {
        return Arrays.stream(cells).map(SpanCell::of).toList();
    }

    /** A table-三 row's seven cells: the number, or _ for BLANK, ? for MISSING. */
    private static List<String> cells(ParsedReport report, String row) {
        return Arrays.stream(T3Column.values()).map(c -> report.cell(CellRef.parse("T3[" + row + "][" + c + "]")))
                .map(c -> c.isNumber() ? c.value().toPlainString() : c.semantic() == CellSemantic.BLANK ? "_" : "?").toList();
    }

    @Test
    void aPageHoldingMoreTextThanTheLimitIsRefused() {
        // one page of 20 lines of 20 characters: 420 characters with the line breaks, against a limit of 300
        List<Block> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) lines.add(new Paragraph("主动公开政府信息情况第" + (char) ('甲' + i) + "项内容与说明文字共计"));
        byte[] pdf = PdfWriter.write(new ReportDocument(lines), font);
        DocumentExtractor small = new DocumentExtractor(new ExtractionLimits(1_000_000, 300, Duration.ofSeconds(20)));

        assertThatThrownBy(() -> small.extract(pdf, "r.pdf", null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_MUCH_TEXT));
        assertThat(new DocumentExtractor().extract(pdf, "r.pdf", null).text().split("\n")).hasSize(20);
    }

    @Test
    void pageNumberFootersAreDroppedAndParagraphsKeepTheirText() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            blocks.add(new Paragraph("第" + i + "段：主动公开政府信息" + i + "条。"));
        }

        ExtractedText extracted = new DocumentExtractor().extract(PdfWriter.write(new ReportDocument(blocks), font), "r.pdf", null);

        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            expected.add("第" + i + "段：主动公开政府信息" + i + "条。");
        }
        assertThat(extracted.text().split("\n")).containsExactlyElementsOf(expected);
        assertThat(extracted.gridLayout()).isNull();
    }

    @Test
    void aCellWhosePrintedTextEndsInASpaceStaysApartFromTheNextCell() {
        // a wrapped label line keeps the space it broke at; PDFBox then runs the figure into the same word
        ReportDocument document = new ReportDocument(List.of(new Table(List.of(
                row("申请人情况", "自然人", "总计"),
                row("（二）部分公开 ", "2", "2")))));

        ExtractedText extracted = new DocumentExtractor().extract(PdfWriter.write(document, font), "r.pdf", null);

        assertThat(extracted.text().split("\n")).containsExactly("申请人情况\t自然人\t总计", "（二）部分公开\t2\t2");
    }

    @Test
    void aRunningHeaderIsDroppedFromEveryPageButTheFirstSoThatABrokenSentenceJoinsAgain() {
        // 三号 text on A4: 32 characters a line, 28 lines a page; the 28th line breaks the sentence before its figure
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("三、收到和处理政府信息公开申请情况"));
        for (int i = 1; i <= 26; i++) blocks.add(new Paragraph("第" + i + "段：本机关持续推进政务公开工作。"));
        blocks.add(new Paragraph("本机关在本年度内共收到并依法受理的各类政府信息公开申请数量合计为16件，均已按期办结。"));
        String header = "某县人民政府办公室2022年政府信息公开工作年度报告";
        byte[] pdf = PdfWriter.write(new ReportDocument(blocks), font,
                PdfWriter.Style.wrapped(PdfWriter.VerticalAlign.TOP).paged(header, false, PdfWriter.Footer.PAGE_OF_PAGES));

        String[] lines = new DocumentExtractor().extract(pdf, "r.pdf", null).text().split("\n");

        assertThat(lines).hasSize(30);
        assertThat(lines[0]).isEqualTo(header);
        assertThat(lines[27]).isEqualTo("第26段：本机关持续推进政务公开工作。");
        assertThat(Arrays.copyOfRange(lines, 28, 30))
                .containsExactly("本机关在本年度内共收到并依法受理的各类政府信息公开申请数量合计为", "16件，均已按期办结。");
        assertThat(new ReportParser().parse(pdf, "r.pdf", null).facts().stream()
                .map(f -> f.kind() + " " + f.value()).toList()).contains("APPLICATIONS_RECEIVED 16");
    }
}
