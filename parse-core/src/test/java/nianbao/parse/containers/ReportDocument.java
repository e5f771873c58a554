package nianbao.parse.containers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A report as paragraphs and tables with merged cells: what the container writers render. */
public record ReportDocument(List<Block> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    public sealed interface Block permits Paragraph, Table {
    }

    public record Paragraph(String text) implements Block {
    }

    /**
     * Rows of cells in HTML order: a cell covered by a span from an earlier cell is not listed.
     * A '\n' in a cell's text is a line break inside the cell.
     */
    public record Table(List<List<SpanCell>> rows) implements Block {

        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** The top-left grid position of every listed cell, by the HTML table model (next free column). */
        public List<List<int[]>> origins() {
            List<boolean[]> taken = new ArrayList<>();
            List<List<int[]>> origins = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<int[]> rowOrigins = new ArrayList<>();
                int column = 0;
                for (SpanCell cell : rows.get(r)) {
                    while (occupied(taken, r, column)) {
                        column++;
                    }
                    rowOrigins.add(new int[] {r, column});
                    for (int rr = r; rr < Math.min(rows.size(), r + cell.rowSpan()); rr++) {
                        for (int c = column; c < column + cell.colSpan(); c++) {
                            occupy(taken, rr, c);
                        }
                    }
                    column += cell.colSpan();
                }
                origins.add(rowOrigins);
            }
            return origins;
        }

        private static boolean occupied(List<boolean[]> taken, int row, int column) {
            return row < taken.size() && column < taken.get(row).length && taken.get(row)[column];
        }

        private static void occupy(List<boolean[]> taken, int row, int column) {
            while (taken.size() <= row) {
                taken.add(new boolean[0]);
            }
            if (taken.get(row).length <= column) {
                taken.set(row, Arrays.copyOf(taken.get(row), column + 1));
            }
            taken.get(row)[column] = true;
        }
    }

    public record SpanCell(String text, int colSpan, int rowSpan) {

        public static SpanCell of(String text) {
            return new SpanCell(text, 1, 1);
        }

        /** The text as one line, as a reader joining the cell's lines would see it. */
        public String oneLine() {
            return text.replace("\n", "");
        }
    }
}
