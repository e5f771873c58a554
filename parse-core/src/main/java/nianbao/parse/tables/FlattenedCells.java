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
        List<int[]> runs = new ArrayList<>();
        int i = 0;
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
            if (end > i) runs.add(new int[] {i, end});
            i = Math.max(end, i) + 1;
        }
        if (runs.isEmpty()) return List.of();
        List<Token> out = new ArrayList<>();
        int from = 0;
        for (int[] run : runs) {
            addLabel(out, cell, s, from, run[0]);
            out.add(new Token(s.substring(run[0], run[1]), cell.line(), cell.column() + run[0], Token.Kind.NUMBER));
            from = run[1];
        }
        addLabel(out, cell, s, from, s.length());
        return out;
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
