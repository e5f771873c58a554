package nianbao.parse.tables;

import java.util.ArrayList;
import java.util.List;
import nianbao.parse.layout.Token;
import nianbao.parse.text.Numbers;

/**
 * Splits a cell of flattened web text, where labels and digits run together
 * ({@code （六）其他处理0 0 0 0 0 00（七）总计0 0 0 0 0 00}), into label cells and digit-run cells at their own columns.
 * The ordinal of a label ({@code 1.属于…}) is not a digit run, and neither is a decimal point inside a number.
 */
final class FlattenedCells {

    private FlattenedCells() {
    }

    /** The label and run cells of {@code cell}, or an empty list when it holds no digit run outside ordinals. */
    static List<Token> split(Token cell) {
        String s = cell.text();
        List<Token> out = new ArrayList<>();
        int from = 0;
        for (int[] run = nextRun(s, 0); run != null; run = nextRun(s, run[1] + 1)) {
            addLabel(out, cell, s, from, run[0]);
            out.add(runCell(cell, run));
            from = run[1];
        }
        if (out.isEmpty()) return List.of();
        addLabel(out, cell, s, from, s.length());
        return out;
    }

    /**
     * The first cell {@link #split} makes of {@code cell}, or null when it makes none, found without making the others:
     * most cells tried are prose whose first cell is no row label.
     */
    static Token first(Token cell) {
        String s = cell.text();
        int[] run = nextRun(s, 0);
        if (run == null) return null;
        List<Token> label = new ArrayList<>(1);
        addLabel(label, cell, s, 0, run[0]);
        return label.isEmpty() ? runCell(cell, run) : label.get(0);
    }

    /** The next digit run [start, end) at or after {@code from}, or null. */
    private static int[] nextRun(String s, int from) {
        int i = from;
        while (i < s.length()) {
            if (!isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && (isDigit(s.charAt(end)) || s.charAt(end) == ' '
                    || (s.charAt(end) == '.' && end + 1 < s.length() && isDigit(s.charAt(end + 1)) && end > i))) {
                end++;
            }
            while (end > i && s.charAt(end - 1) == ' ') end--;
            // a digit followed by 、/./． and a non-digit is the next label's ordinal
            if (end < s.length() && isOrdinalMark(s.charAt(end))) end--;
            if (end > i) return new int[] {i, end};
            i = Math.max(end, i) + 1;
        }
        return null;
    }

    private static Token runCell(Token cell, int[] run) {
        return new Token(cell.text().substring(run[0], run[1]), cell.line(), cell.column() + run[0], Token.Kind.NUMBER);
    }

    private static void addLabel(List<Token> out, Token cell, String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) from++;
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) to--;
        if (to > from) out.add(new Token(s.substring(from, to), cell.line(), cell.column() + from, Token.Kind.LABEL));
    }

    private static boolean isDigit(char c) {
        return Numbers.asciiDigit(c) != 0;
    }

    private static boolean isOrdinalMark(char c) {
        return c == '.' || c == '、' || c == '．';
    }
}
