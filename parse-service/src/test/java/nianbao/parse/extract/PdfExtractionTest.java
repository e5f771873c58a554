package nianbao.parse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nianbao.parse.containers.PdfWriter;
import nianbao.parse.containers.ReportDocument;
import nianbao.parse.containers.ReportDocument.Block;
import nianbao.parse.containers.ReportDocument.Paragraph;
import nianbao.report.ContainerType;
import nianbao.report.Layout;
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
        // Empty cells print nothing, so the blank after 16 is not in a PDF's text.
        assertThat(extracted.text().split("\n")).containsExactly(
                "三、收到和处理政府信息公开申请情况",
                "（本列数据的勾稽关系）\t申请人情况",
                "自然人\t社会公益组织",
                "一、本年新收政府信息公开申请数量\t16",
                "三、本年度办理结果\t（一）予以公开\t3\t0",
                "（二）部分公开\t2\t0",
                "（七）总计\t5",
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
}
