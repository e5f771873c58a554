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
        // the grid of DocxExtractionTest's document, made as a .doc: no column spans there, only cell widths, and
        // merges by flags
        assertThat(extracted.text().split("\n")).containsExactly(DocxExtractionTest.GRID_LINES);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DocExtractionTest.class.getResourceAsStream("/office/" + name)) {
            return in.readAllBytes();
        }
    }
}
