package nianbao.parse.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as rows of cell texts with row and column spans expanded: a spanned cell's text is repeated in every
 * position it covers, as the layout readers expect (HTML table model: each cell goes to the next free column).
 */
final class TableGrid {

    /** HTML caps colspan at 1000; a larger value is hostile or broken, not a layout. */
    static final int MAX_SPAN = 1000;

    private final List<List<String>> rows = new ArrayList<>();
    private final int rowCount;
    private final BoundedText out;
    /** Grid positions filled so far. */
    private long positions;
    private int currentRow = -1;
    private int nextColumn;

    /**
     * @param rowCount rows in the table, so a row span never reaches past the last row
     * @param out      where the grid will be written; its character limit also bounds the grid
     */
    TableGrid(int rowCount, BoundedText out) {
        this.rowCount = rowCount;
        this.out = out;
        for (int i = 0; i < rowCount; i++) {
            rows.add(new ArrayList<>());
        }
    }

    void startRow() {
        currentRow++;
        nextColumn = 0;
    }

    /**
     * Places a cell in the current row at the next free column.
     *
     * @param rowSpan rows covered; 0 means "to the last row" as in HTML
     */
    void cell(String text, int colSpan, int rowSpan) {
        List<String> row = rows.get(currentRow);
        while (nextColumn < row.size() && row.get(nextColumn) != null) {
            nextColumn++;
        }
        int lastRow = rowSpan == 0 ? rowCount - 1 : Math.min(rowCount - 1, currentRow + clamp(rowSpan) - 1);
        int width = clamp(colSpan);
        // Each position becomes at least its TAB in the text: a few cells spanning 1000 × 1000 would otherwise fill
        // the heap before the character limit is reached.
        positions += (long) (lastRow - currentRow + 1) * width;
        if (positions > out.maxChars()) {
            throw out.tooMuchText();
        }
        for (int r = currentRow; r <= lastRow; r++) {
            for (int c = nextColumn; c < nextColumn + width; c++) {
                set(rows.get(r), c, text);
            }
        }
        nextColumn += width;
    }

    /**
     * Places a cell that continues the vertically merged cell above it (Word's {@code vMerge}): it repeats the text
     * the row above has at the same column.
     */
    void cellContinuingAbove(int colSpan) {
        List<String> row = rows.get(currentRow);
        while (nextColumn < row.size() && row.get(nextColumn) != null) {
            nextColumn++;
        }
        List<String> above = currentRow == 0 ? List.of() : rows.get(currentRow - 1);
        String text = nextColumn < above.size() && above.get(nextColumn) != null ? above.get(nextColumn) : "";
        cell(text, colSpan, 1);
    }

    /**
     * Writes each row as one line of TAB-joined cells; a column that no cell covers stays an empty string.
     * A row without any text is left out: it has no label to place it (Word's "Save as HTML" adds such rows to fix
     * column widths).
     */
    void writeTo() {
        for (List<String> row : rows) {
            if (row.stream().anyMatch(cell -> cell != null && !cell.isEmpty())) {
                out.line(String.join("\t", row.stream().map(cell -> cell == null ? "" : cell).toList()));
            }
        }
    }

    private static int clamp(int span) {
        return Math.max(1, Math.min(MAX_SPAN, span));
    }

    private static void set(List<String> row, int column, String text) {
        while (row.size() <= column) {
            row.add(null);
        }
        row.set(column, text);
    }
}
