package nianbao.parse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import nianbao.report.ContainerType;
import nianbao.report.Layout;
import org.junit.jupiter.api.Test;

/** Legacy Word (.doc) files made by an office suite (src/test/resources/office/README.md). */
class DocExtractionTest {

    @Test
    void bodyIsReadInOrderWithTablesAsExpandedGrids() throws IOException {
        ExtractedText extracted = new DocumentExtractor().extract(resource("table3-corner.doc"), "report.doc", null);

        assertThat(extracted.container()).isEqualTo(ContainerType.DOC);
        assertThat(extracted.gridLayout()).isEqualTo(Layout.DOCX_TABLE);
        // the same grid as DocxExtractionTest's: a .doc has no column spans, only cell widths, and merges by flags
        assertThat(extracted.text().split("\n")).containsExactly(
                "三、收到和处理政府信息公开申请情况",
                "（本列数据的勾稽关系）\t（本列数据的勾稽关系）\t申请人情况\t申请人情况",
                "（本列数据的勾稽关系）\t（本列数据的勾稽关系）\t自然人\t社会公益 组织",
                "一、本年新收政府信息公开申请数量\t一、本年新收政府信息公开申请数量\t16\t",
                "三、本年度办理结果\t（一）予以公开\t3\t0",
                "三、本年度办理结果\t（二）部分公开\t2\t0",
                "三、本年度办理结果\t（七）总计\t5\t0",
                "四、政府信息公开行政复议、行政诉讼情况");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DocExtractionTest.class.getResourceAsStream("/office/" + name)) {
            return in.readAllBytes();
        }
    }
}
