package nianbao.parse.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.parse.layout.LineSplitter.RawCell;
import nianbao.parse.layout.LineSplitter.SplitLine;
import nianbao.parse.text.Numbers;
import nianbao.report.Layout;
import nianbao.report.MisreadDigits;

/**
 * Groups the lines of a document into logical table rows, whatever the layout: a row is a run of labels followed by
 * values; a label after a value starts the next row, and a multi-cell line that holds values ends its row (so a
 * values-only line is never glued onto the row above it). Cell-per-line layouts therefore group a label line with
 * the value lines under it, and one-line-per-row layouts keep each line a row.
 */
public final class RowGrouper {

    /** Interior non-numeric cells up to this length are read as TEXT cells (e.g. {@code 无}); longer ones are labels. */
    private static final int MAX_TEXT_CELL = 4;

    /**
     * @param rows   the logical rows in document order
     * @param layout the shape of most value-bearing lines (UNKNOWN when no line holds a value)
     */
    public record Grouping(List<LogicalRow> rows, Layout layout) {
    }

    private RowGrouper() {
    }

    /**
     * @param grid true when the lines are rendered grids (HTML/DOCX/PDF tables): empty cells around the values of a
     *             row are blank values
     */
    public static Grouping group(List<String> lines, boolean grid) {
        return group(lines, grid, false);
    }

    /**
     * @param openEnded the text may stop inside its last line (pasted or excerpted text with no line break after it,
     *                  not an extracted document, whose lines are whole)
     */
    public static Grouping group(List<String> lines, boolean grid, boolean openEnded) {
        List<LogicalRow> rows = new ArrayList<>();
        int[] valuesByShape = new int[LineShape.values().length];
        List<Token> current = new ArrayList<>();
        boolean currentHasValues = false;
        for (int i = 0; i < lines.size(); i++) {
            SplitLine split = LineSplitter.split(lines.get(i));
            if (split.shape() == LineShape.SEPARATOR) continue;
            if (split.shape() == LineShape.PIPE_CELL && split.cells().get(0).text().isEmpty() && !afterPipeCell(lines, i)) {
                continue;
            }
            List<Token> tokens = classify(split, i + 1, grid);
            if (openEnded && i == lines.size() - 1) tokens = withoutCutValue(tokens, lines.get(i));
            boolean lineHasValues = false;
            for (Token t : tokens) {
                if (!t.isValue() && currentHasValues) {
                    rows.add(new LogicalRow(current));
                    current = new ArrayList<>();
                    currentHasValues = false;
                }
                current.add(t);
                if (t.isValue()) {
                    currentHasValues = true;
                    lineHasValues = true;
                    valuesByShape[split.shape().ordinal()]++;
                }
            }
            if (lineHasValues && split.shape().isMultiCell()) {
                rows.add(new LogicalRow(current));
                current = new ArrayList<>();
                currentHasValues = false;
            }
        }
        if (!current.isEmpty()) rows.add(new LogicalRow(current));
        Layout layout = Layout.UNKNOWN;
        int most = 0;
        for (LineShape shape : LineShape.values()) {
            if (valuesByShape[shape.ordinal()] > most) {
                most = valuesByShape[shape.ordinal()];
                layout = shape.layout;
            }
        }
        return new Grouping(rows, layout);
    }

    /**
     * The last line of an open-ended text may stop inside a word: a number that ends where the text ends may be cut
     * ({@code 22} left as {@code 2}) or be the start of the next row's label ({@code 3} of {@code 3.危及"三安全一稳定"}),
     * so it is not read. A complete report ends in prose, never in a table's value.
     */
    private static List<Token> withoutCutValue(List<Token> tokens, String line) {
        if (tokens.isEmpty()) return tokens;
        Token last = tokens.get(tokens.size() - 1);
        boolean endsTheText = last.column() - 1 + last.text().length() == line.length();
        return last.kind() == Token.Kind.NUMBER && endsTheText ? tokens.subList(0, tokens.size() - 1) : tokens;
    }

    /**
     * A pipe alone on its line is an empty cell where cells are written {@code cell |} (the line before ends with a
     * pipe); where every cell is followed by a line holding only {@code |}, it separates cells.
     */
    private static boolean afterPipeCell(List<String> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String before = lines.get(j).strip();
            if (!before.isEmpty()) return before.endsWith("|");
        }
        return false;
    }

    /** Digits and at most two marks that are neither CJK nor an ordinal's {@code . 、 ．} ({@code 16。}, {@code 3*}). */
    private static final Pattern GARBLED_NUMBER = Pattern.compile("[0-9０-９]+[^\\p{IsHan}.、．\\p{L}]{1,2}");

    static boolean looksLikeANumber(String cell) {
        return GARBLED_NUMBER.matcher(cell).matches();
    }

    /** The first value's index (NUMBER, BLANK or TEXT), or -1. */
    private static int firstValue(Token.Kind[] kinds) {
        for (int i = 0; i < kinds.length; i++) if (kinds[i] != null && kinds[i] != Token.Kind.LABEL) return i;
        return -1;
    }

    /** The last non-empty cell before {@code index}, or -1. */
    private static int lastBefore(Token.Kind[] kinds, int index) {
        int last = -1;
        for (int i = 0; i < index; i++) if (kinds[i] != null) last = i;
        return last;
    }

    private static List<Token> classify(SplitLine split, int line, boolean grid) {
        List<RawCell> cells = split.cells();
        Token.Kind[] kinds = new Token.Kind[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i).text();
            if (text.isEmpty()) kinds[i] = null;
            else if (Numbers.isNumber(text)) kinds[i] = Token.Kind.NUMBER;
            else if (Numbers.isBlank(text)) kinds[i] = Token.Kind.BLANK;
            else kinds[i] = Token.Kind.LABEL;
        }
        // figures misread by text recognition (1O, l2, 〇) after the row's label, or on a line without one, stand where
        // values stand: TEXT values in their columns, not labels that would start a new row with the rest
        int label = cells.size() - 1;
        while (label >= 0 && (kinds[label] != Token.Kind.LABEL || MisreadDigits.in(cells.get(label).text()))) label--;
        for (int i = label + 1; i < cells.size(); i++) if (kinds[i] == Token.Kind.LABEL) kinds[i] = Token.Kind.TEXT;
        int firstValue = firstValue(kinds);
        int lastValue = -1;
        for (int i = 0; i < cells.size(); i++) if (kinds[i] != null && kinds[i] != Token.Kind.LABEL) lastValue = i;
        int lastLabel = lastBefore(kinds, firstValue);
        if (lastLabel > 0 && looksLikeANumber(cells.get(lastLabel).text()) && lastBefore(kinds, lastLabel) >= 0) {
            // a figure garbled by a stray mark (16。) in the first value's place: a TEXT value there, not a label
            // whose skipping would shift every value of the row one column to the left
            kinds[lastLabel] = Token.Kind.TEXT;
            firstValue = lastLabel;
            lastLabel = lastBefore(kinds, firstValue);
        }
        List<Token> tokens = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            RawCell cell = cells.get(i);
            Token.Kind kind = kinds[i];
            boolean interior = firstValue >= 0 && i > firstValue && i < lastValue;
            // in a grid every column is where it is: empty cells between the label and the values are blank values
            // too (an empty first 自然人 cell), and the table reader drops those that are label columns beyond its width
            boolean outerGridCell = grid && firstValue >= 0 && (i > lastValue || (i < firstValue && i > lastLabel));
            if (kind == null) {
                boolean emptyPipeCell = split.shape() == LineShape.PIPE_CELL;
                if (!(emptyPipeCell || split.shape().isMultiCell() && (interior || outerGridCell))) continue;
                kind = Token.Kind.BLANK;
            } else if (kind == Token.Kind.LABEL && interior && cell.text().length() <= MAX_TEXT_CELL) {
                kind = Token.Kind.TEXT;
            }
            tokens.add(new Token(cell.text(), line, cell.column(), kind));
        }
        return tokens;
    }
}
