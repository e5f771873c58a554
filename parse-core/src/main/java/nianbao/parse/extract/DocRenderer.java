package nianbao.parse.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Renders a legacy Word document (.doc, Word 97–2003, which many agencies' sites still publish) as {@link DocxRenderer}
 * does a DOCX: paragraphs as lines, tables as TAB-joined grid rows.
 */
final class DocRenderer {

    /**
     * A .doc row says nothing like DOCX's gridSpan: a merged cell is just wider. Cell edges closer than this (twips,
     * 1/1440 inch; ≈ 0.5 mm) are one column boundary, as rows drawn by hand never line up to the twip.
     */
    private static final int SAME_EDGE_TWIPS = 30;
    /**
     * Word's marks inside the text: cell and row ends (BEL), page and column breaks, soft hyphens' relatives and the
     * picture anchor; {@link Range#stripFields} has already removed field codes (keeping what a field shows).
     */
    private static final Pattern WORD_MARKS = Pattern.compile("[\\u0001-\\u0008\\u000C\\u000E-\\u001F]");

    private DocRenderer() {
    }

    /**
     * The deadline is checked between paragraphs, table rows and cells; POI's parse of the file structure before them
     * is bounded by the size limit on the input.
     *
     * @return true if at least one table was rendered as a grid
     */
    static boolean render(byte[] content, BoundedText out) throws IOException {
        boolean renderedGrid = false;
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content))) {
            Range body = document.getRange();
            int paragraphs = body.numParagraphs();
            int next = 0;
            while (next < paragraphs) {
                out.checkNotCancelled();
                Paragraph paragraph = body.getParagraph(next);
                if (paragraph.isInTable()) {
                    Table table = body.getTable(paragraph);
                    renderGrid(table, out);
                    renderedGrid = true;
                    next += Math.max(1, table.numParagraphs());
                } else {
                    out.paragraph(plain(paragraph.text()));
                    next++;
                }
            }
        }
        return renderedGrid;
    }

    private static void renderGrid(Table table, BoundedText out) {
        List<Integer> boundaries = columnBoundaries(table);
        TableGrid grid = new TableGrid(table.numRows(), out);
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            grid.startRow();
            for (int c = 0; c < row.numCells(); c++) {
                out.checkNotCancelled();
                TableCell cell = row.getCell(c);
                int colSpan = columnsCovered(boundaries, cell);
                // Word 97's own horizontal merge: the cells after the first of a merge are empty continuations
                while (c + 1 < row.numCells() && row.getCell(c + 1).isMerged() && !row.getCell(c + 1).isFirstMerged()) {
                    colSpan += columnsCovered(boundaries, row.getCell(++c));
                }
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    grid.cellContinuingAbove(colSpan);
                } else {
                    grid.cell(CellText.oneLine(plain(cell.text())), colSpan, 1);
                }
            }
        }
        grid.writeTo();
    }

    /** Every cell edge of the table, edges within {@link #SAME_EDGE_TWIPS} of a smaller one dropped. */
    private static List<Integer> columnBoundaries(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> boundaries = new ArrayList<>();
        for (int edge : edges) {
            if (boundaries.isEmpty() || edge - boundaries.get(boundaries.size() - 1) > SAME_EDGE_TWIPS) {
                boundaries.add(edge);
            }
        }
        return boundaries;
    }

    /** The grid columns between the cell's left and right edges (at least one). */
    private static int columnsCovered(List<Integer> boundaries, TableCell cell) {
        return Math.max(1, nearest(boundaries, cell.getLeftEdge() + cell.getWidth()) - nearest(boundaries, cell.getLeftEdge()));
    }

    private static int nearest(List<Integer> boundaries, int edge) {
        int best = 0;
        for (int i = 1; i < boundaries.size(); i++) {
            if (Math.abs(boundaries.get(i) - edge) < Math.abs(boundaries.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }

    private static String plain(String wordText) {
        return WORD_MARKS.matcher(Range.stripFields(wordText)).replaceAll(" ");
    }
}
