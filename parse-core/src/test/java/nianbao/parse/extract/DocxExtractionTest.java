package nianbao.parse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.parse.containers.DocxWriter;
import nianbao.parse.containers.ReportDocument;
import nianbao.parse.containers.ReportDocument.Paragraph;
import nianbao.parse.containers.ReportDocument.SpanCell;
import nianbao.parse.containers.ReportDocument.Table;
import nianbao.parse.containers.ZipEntries;
import nianbao.report.ContainerType;
import nianbao.report.Layout;
import org.junit.jupiter.api.Test;

class DocxExtractionTest {

    /** Table 三's corner: gridSpan, vMerge restart/continue, a cell of two paragraphs, an empty cell, a short row. */
    static final ReportDocument DOCUMENT = new ReportDocument(List.of(
            new Paragraph("三、收到和处理政府信息公开申请情况"),
            new Table(List.of(
                    List.of(new SpanCell("（本列数据的勾稽关系）", 2, 2), new SpanCell("申请人情况", 2, 1)),
                    List.of(SpanCell.of("自然人"), SpanCell.of("社会公益\n组织")),
                    List.of(new SpanCell("一、本年新收政府信息公开申请数量", 2, 1), SpanCell.of("16"), SpanCell.of("")),
                    List.of(new SpanCell("三、本年度办理结果", 1, 3), SpanCell.of("（一）予以公开"), SpanCell.of("3"), SpanCell.of("0")),
                    List.of(SpanCell.of("（二）部分公开"), SpanCell.of("2"), SpanCell.of("0")),
                    List.of(SpanCell.of("（七）总计"), SpanCell.of("5")))),
            new Paragraph("四、政府信息公开行政复议、行政诉讼情况")));

    /** {@link #DOCUMENT} as text: spans repeat their text in every grid position they cover. */
    static final String[] GRID_LINES = {
            "三、收到和处理政府信息公开申请情况",
            "（本列数据的勾稽关系）\t（本列数据的勾稽关系）\t申请人情况\t申请人情况",
            "（本列数据的勾稽关系）\t（本列数据的勾稽关系）\t自然人\t社会公益 组织",
            "一、本年新收政府信息公开申请数量\t一、本年新收政府信息公开申请数量\t16\t",
            "三、本年度办理结果\t（一）予以公开\t3\t0",
            "三、本年度办理结果\t（二）部分公开\t2\t0",
            "三、本年度办理结果\t（七）总计\t5",
            "四、政府信息公开行政复议、行政诉讼情况"};

    @Test
    void bodyIsReadInOrderWithTablesAsExpandedGrids() {
        ExtractedText extracted = new DocumentExtractor().extract(DocxWriter.write(DOCUMENT), "report.docx", null);

        assertThat(extracted.container()).isEqualTo(ContainerType.DOCX);
        assertThat(extracted.gridLayout()).isEqualTo(Layout.DOCX_TABLE);
        assertThat(extracted.text().split("\n")).containsExactly(GRID_LINES);
    }

    @Test
    void trackedDeletionsAreNotReadAndInsertionsAre() {
        byte[] tracked = ZipEntries.rewrite(DocxWriter.write(DOCUMENT), "word/document.xml", xml -> xml.replace(
                "四、政府信息公开行政复议、行政诉讼情况",
                "四、政府信息公开行政复议、行政诉讼情况</w:t></w:r><w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>16"
                        + "</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"x\"><w:r><w:t>17</w:t></w:r></w:ins><w:r><w:t>"));

        String text = new DocumentExtractor().extract(tracked, "tracked.docx", null).text();

        assertThat(text).endsWith("\n四、政府信息公开行政复议、行政诉讼情况17");
    }

    @Test
    void fileNameAndDeclaredTypeDoNotDecideTheContainer() {
        ExtractedText extracted = new DocumentExtractor().extract(DocxWriter.write(DOCUMENT), "report.txt", "text/plain");

        assertThat(extracted.container()).isEqualTo(ContainerType.DOCX);
    }
}
