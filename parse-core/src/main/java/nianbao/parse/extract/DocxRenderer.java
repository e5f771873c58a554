package nianbao.parse.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.StringJoiner;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Renders a Word document's body in document order: paragraphs as lines, tables as TAB-joined grid rows. */
final class DocxRenderer {

    /** A report's document.xml is a few MB at most; anything near this is a bomb even if it compresses plausibly. */
    static final long MAX_ZIP_ENTRY_BYTES = 64L * 1024 * 1024;
    /** POI's own bomb detector (process-wide): inflating more than 100× is refused. */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private DocxRenderer() {
    }

    /**
     * The deadline is checked between body elements, table rows and cells; POI's parse of document.xml before them is
     * bounded by the zip-entry limit above.
     *
     * @return true if at least one table was rendered as a grid
     */
    static boolean render(byte[] content, BoundedText out) throws IOException {
        boolean renderedGrid = false;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            for (IBodyElement element : document.getBodyElements()) {
                out.checkNotCancelled();
                if (element instanceof XWPFParagraph paragraph) {
                    out.paragraph(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    renderGrid(table, out);
                    renderedGrid = true;
                } else if (element instanceof XWPFSDT contentControl) {
                    out.paragraph(contentControl.getContent().getText());
                }
            }
        }
        return renderedGrid;
    }

    private static void renderGrid(XWPFTable table, BoundedText out) {
        TableGrid grid = new TableGrid(table.getRows().size(), out);
        for (XWPFTableRow row : table.getRows()) {
            grid.startRow();
            for (XWPFTableCell cell : row.getTableCells()) {
                out.checkNotCancelled();
                CTTcPr properties = cell.getCTTc().getTcPr();
                int colSpan = properties != null && properties.isSetGridSpan()
                        ? properties.getGridSpan().getVal().intValue() : 1;
                // <w:vMerge/> without a value continues the merge; only val="restart" starts one.
                boolean continuesAbove = properties != null && properties.isSetVMerge()
                        && properties.getVMerge().getVal() != STMerge.RESTART;
                if (continuesAbove) {
                    grid.cellContinuingAbove(colSpan);
                } else {
                    grid.cell(cellText(cell), colSpan, 1);
                }
            }
        }
        grid.writeTo();
    }

    /** A cell's paragraphs joined by a space, as a browser shows {@code <p>}s in an HTML cell on one line. */
    private static String cellText(XWPFTableCell cell) {
        StringJoiner text = new StringJoiner(" ");
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                text.add(paragraph.getText());
            } else if (element instanceof XWPFTable nested) {
                text.add(nested.getText());
            } else if (element instanceof XWPFSDT contentControl) {
                text.add(contentControl.getContent().getText());
            }
        }
        return CellText.oneLine(text.toString());
    }
}
