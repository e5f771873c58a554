package nianbao.parse.containers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import nianbao.parse.containers.ReportDocument.Block;
import nianbao.parse.containers.ReportDocument.Paragraph;
import nianbao.parse.containers.ReportDocument.SpanCell;
import nianbao.parse.containers.ReportDocument.Table;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Renders a document as Word does: column spans as {@code gridSpan}, row spans as a {@code vMerge="restart"} cell
 * followed by {@code <w:vMerge/>} continuation cells, line breaks inside cells as separate paragraphs.
 */
public final class DocxWriter {

    private DocxWriter() {
    }

    public static byte[] write(ReportDocument document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block block : document.blocks()) {
                if (block instanceof Paragraph paragraph) {
                    docx.createParagraph().createRun().setText(paragraph.text());
                } else if (block instanceof Table table) {
                    writeTable(docx.createTable(), table);
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTable(XWPFTable docxTable, Table table) {
        List<List<int[]>> origins = table.origins();
        int width = 0;
        for (int r = 0; r < table.rows().size(); r++) {
            for (int i = 0; i < table.rows().get(r).size(); i++) {
                width = Math.max(width, origins.get(r).get(i)[1] + table.rows().get(r).get(i).colSpan());
            }
        }
        // For each grid position the cell that covers it (row spans included), so continuation cells can be written.
        SpanCell[][] covering = new SpanCell[table.rows().size()][width];
        int[][] originRow = new int[table.rows().size()][width];
        for (int r = 0; r < table.rows().size(); r++) {
            for (int i = 0; i < table.rows().get(r).size(); i++) {
                SpanCell cell = table.rows().get(r).get(i);
                int column = origins.get(r).get(i)[1];
                for (int rr = r; rr < Math.min(table.rows().size(), r + cell.rowSpan()); rr++) {
                    covering[rr][column] = cell;
                    originRow[rr][column] = r;
                }
            }
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = docxTable.insertNewTableRow(r);
            for (int column = 0; column < width; column++) {
                SpanCell cell = covering[r][column];
                if (cell == null) {
                    continue;
                }
                XWPFTableCell docxCell = row.addNewTableCell();
                CTTcPr properties = docxCell.getCTTc().addNewTcPr();
                if (cell.colSpan() > 1) {
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
                }
                if (originRow[r][column] != r) {
                    properties.addNewVMerge();
                    continue;
                }
                if (cell.rowSpan() > 1) {
                    properties.addNewVMerge().setVal(STMerge.RESTART);
                }
                String[] lines = cell.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    // A new cell already holds the one paragraph Word requires.
                    (i == 0 ? docxCell.getParagraphs().get(0) : docxCell.addParagraph()).createRun().setText(lines[i]);
                }
            }
        }
        // createTable() starts with one row of one cell; it is now after the rows written above.
        docxTable.removeRow(table.rows().size());
    }
}
