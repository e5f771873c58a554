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
        // the grid of DocxExtractionTest's document, made as a .doc (no column spans there, only cell widths, and
        // merges by flags); the office suite gave the short last row its missing cell, empty
        String[] expected = DocxExtractionTest.GRID_LINES.clone();
        expected[6] += "\t";
        assertThat(expected[6]).isEqualTo("三、本年度办理结果\t（七）总计\t5\t");
        assertThat(extracted.text().split("\n")).containsExactly(expected);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DocExtractionTest.class.getResourceAsStream("/office/" + name)) {
            return in.readAllBytes();
        }
    }
}
