package nianbao.parse.extract;

import java.util.ArrayList;
import java.util.List;
import nianbao.parse.text.Numbers;

/**
 * Puts back the empty cells of printed tables. A PDF prints nothing for an empty cell, so a row whose 自然人 cell is
 * empty reads like a short row, and its values would be aligned as if a 法人 column were missing. Where a table's
 * rows stand on one page, the value cells (numbers and blank markers) of all its rows mark its value columns as
 * bands of x: the union of overlapping cell extents. A row's cells right of its label are then placed in those bands,
 * and each band it leaves empty becomes an empty cell.
 *
 * <p>Only where the columns are certain: a block of rows (ended by a header row, or by a row whose values do not fit
 * the bands so far) is rewritten only when one of its rows fills every band, and a row only when each of its cells
 * falls in its own band. Anything else is written as before, cells joined by TAB.
 */
final class PrintedColumns {

    /** A run of glyphs between two wide gaps on one printed line: one table cell, or a line of prose. */
    record PrintedCell(String text, float left, float right) {

        boolean overlaps(Band band) {
            return left <= band.right && right >= band.left;
        }

        boolean isValue() {
            String s = text.strip();
            return Numbers.isNumber(s) || Numbers.isBlank(s);
        }
    }

    /** The x extent of one value column. */
    record Band(float left, float right) {
    }

    /** Consecutive rows of one printed table and the value columns they mark. */
    private static final class Block {
        final List<Integer> rows = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
    }

    private PrintedColumns() {
    }

    /** The text lines of one page, TAB between cells, an empty cell where a table column has nothing printed. */
    static List<String> lines(List<List<PrintedCell>> page) {
        Block[] blockOf = new Block[page.size()];
        List<Block> blocks = new ArrayList<>();
        Block current = new Block();
        blocks.add(current);
        for (int i = 0; i < page.size(); i++) {
            List<PrintedCell> cells = page.get(i);
            List<PrintedCell> values = cells.stream().filter(PrintedCell::isValue).toList();
            if (values.isEmpty()) {
                if (cells.size() > 1) {
                    // a header row: the table below it has columns of its own
                    current = new Block();
                    blocks.add(current);
                }
                continue;
            }
            List<Band> merged = merge(current.bands, values);
            if (merged == null) {
                current = new Block();
                blocks.add(current);
                merged = merge(current.bands, values);
                if (merged == null) continue; // its own values overlap one another: not a table row
            }
            current.bands = merged;
            current.rows.add(i);
            blockOf[i] = current;
        }
        List<Block> certain = blocks.stream().filter(block -> fillsSomeRowCompletely(block, page)).toList();
        List<String> out = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            Block block = blockOf[i];
            String placed = block != null && certain.contains(block) ? placed(page.get(i), block.bands) : null;
            out.add(placed != null ? placed : CellText.keepingTabs(join(page.get(i))));
        }
        return out;
    }

    /**
     * The bands with these value cells added (a cell within a band widens it, one outside all bands adds one), or
     * null when they do not fit: a cell spanning two bands, two cells in one band, or bands that come to overlap.
     */
    private static List<Band> merge(List<Band> bands, List<PrintedCell> values) {
        List<Band> out = new ArrayList<>(bands);
        boolean[] taken = new boolean[bands.size()];
        for (PrintedCell cell : values) {
            int hit = -1;
            for (int b = 0; b < bands.size(); b++) {
                if (!cell.overlaps(bands.get(b))) continue;
                if (hit >= 0 || taken[b]) return null;
                hit = b;
            }
            if (hit >= 0) {
                taken[hit] = true;
                Band band = out.get(hit);
                out.set(hit, new Band(Math.min(band.left(), cell.left()), Math.max(band.right(), cell.right())));
            } else {
                out.add(new Band(cell.left(), cell.right()));
            }
        }
        out.sort((a, b) -> Float.compare(a.left(), b.left()));
        for (int b = 1; b < out.size(); b++) {
            if (out.get(b).left() <= out.get(b - 1).right()) return null;
        }
        return out;
    }

    private static boolean fillsSomeRowCompletely(Block block, List<List<PrintedCell>> page) {
        for (int row : block.rows) {
            if (page.get(row).stream().filter(PrintedCell::isValue).count() == block.bands.size()) return true;
        }
        return false;
    }

    /** The row with an empty cell for each band right of its label that it leaves empty; null if it does not fit. */
    private static String placed(List<PrintedCell> cells, List<Band> bands) {
        int firstValue = 0;
        while (!cells.get(firstValue).isValue()) firstValue++;
        float labelEnd = firstValue > 0 ? cells.get(firstValue - 1).right() : Float.NEGATIVE_INFINITY;
        int firstBand = 0;
        while (firstBand < bands.size() && bands.get(firstBand).left() <= labelEnd) firstBand++;
        String[] columns = new String[bands.size() - firstBand];
        int previous = -1;
        for (PrintedCell cell : cells.subList(firstValue, cells.size())) {
            int band = bandOf(cell, bands);
            if (band < firstBand || band <= previous) return null;
            columns[band - firstBand] = CellText.oneLine(cell.text());
            previous = band;
        }
        List<String> out = new ArrayList<>();
        for (PrintedCell label : cells.subList(0, firstValue)) out.add(CellText.oneLine(label.text()));
        for (String column : columns) out.add(column == null ? "" : column);
        return String.join("\t", out);
    }

    /** The one band the cell overlaps, or -1. */
    private static int bandOf(PrintedCell cell, List<Band> bands) {
        int found = -1;
        for (int b = 0; b < bands.size(); b++) {
            if (!cell.overlaps(bands.get(b))) continue;
            if (found >= 0) return -1;
            found = b;
        }
        return found;
    }

    private static String join(List<PrintedCell> cells) {
        return String.join("\t", cells.stream().map(PrintedCell::text).toList());
    }
}
