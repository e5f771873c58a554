package nianbao.parse.tables;

import java.util.ArrayList;
import java.util.List;
import nianbao.parse.text.FoldedLine;

/**
 * Where the labels and value runs of tables 二/三/四 start inside a report a web page flattened into one line
 * (domain-spec §7, "whole report in one paragraph"): a label ends where its digits begin and the next label begins
 * after them (cell rules {@code |} between the digits belong to the run); labels also start at every row ordinal ({@code 一、} {@code （一）} {@code 1.}) and at the words of
 * tables 二 and 三 ({@link TableLabels#inlineLabelWords}); table 四's values start at its first digit after its heading.
 * Cutting the line there gives one line per label or row, which the table reader reads like any other layout.
 */
public final class InlineRows {

    private static final String NUMERALS = "一二三四五六七八九十";

    private InlineRows() {
    }

    /**
     * @param folded a flattened line, folded
     * @param from   where the tables start (0-based index into {@code line})
     * @param to     where they end (exclusive)
     * @param t4From where table 四's heading stands, or -1
     * @return the 0-based indices in the line where a label or value run starts, ascending, within [from, to)
     */
    public static List<Integer> starts(FoldedLine folded, int from, int to, int t4From) {
        String s = folded.text();
        int a = foldedIndex(folded, from);
        int b = foldedIndex(folded, to);
        int t4 = t4From < 0 ? -1 : foldedIndex(folded, t4From);
        boolean[] start = new boolean[s.length() + 1];
        boolean[] inWord = new boolean[s.length() + 1];
        for (String word : TableLabels.inlineLabelWords()) {
            for (int at = s.indexOf(word, a); at >= 0 && at < b; at = s.indexOf(word, at + 1)) {
                if (inWord[at]) continue;
                start[at] = true;
                for (int i = at; i < Math.min(b, at + word.length()); i++) inWord[i] = true;
            }
        }
        boolean t4Values = false;
        for (int i = a; i < b; i++) {
            char c = s.charAt(i);
            char prev = i > a ? s.charAt(i - 1) : ' ';
            if (isOrdinalAt(s, i, prev)) {
                start[i] = true;
            } else if (isDigit(prev) && !isValueChar(c) && !inWord[i]) {
                // a pipe between two values is a cell rule inside the run (| 0 | 0 | 0 |); after the run's last
                // value the next label starts past the rules
                int next = pastCellRules(s, i, b);
                boolean runGoesOn = next > i && next < b && isDigit(s.charAt(next))
                        && !isOrdinalAt(s, next, s.charAt(next - 1));
                if (!runGoesOn) start[next < b ? next : i] = true;
            }
            if (t4 >= 0 && i > t4 && !t4Values && isDigit(c) && !isOrdinalAt(s, i, prev)) {
                start[i] = true;
                t4Values = true;
            }
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = a; i < b; i++) if (start[i]) starts.add(folded.sourceIndex(i));
        return starts;
    }

    /** The first index at or after {@code i} (below {@code to}) that is not a cell rule {@code |} (full-width folded). */
    private static int pastCellRules(String s, int i, int to) {
        int j = i;
        while (j < to && s.charAt(j) == '|') j++;
        return j;
    }

    /** {@code 三.} {@code (三)} or {@code 3.} followed by a non-digit, not after 第 (第二十条第(一)项). */
    private static boolean isOrdinalAt(String s, int i, char prev) {
        char c = s.charAt(i);
        if (prev == '第') return false;
        if (NUMERALS.indexOf(c) >= 0) {
            return NUMERALS.indexOf(prev) < 0 && i + 1 < s.length() && s.charAt(i + 1) == '.';
        }
        if (c == '(') {
            return i + 2 < s.length() && NUMERALS.indexOf(s.charAt(i + 1)) >= 0 && s.charAt(i + 2) == ')';
        }
        return c >= '1' && c <= '9' && i + 2 < s.length() && s.charAt(i + 1) == '.' && !isDigit(s.charAt(i + 2));
    }

    private static boolean isValueChar(char c) {
        return isDigit(c) || c == '.' || c == '+' || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The first folded index at or after source index {@code index}. */
    private static int foldedIndex(FoldedLine folded, int index) {
        int lo = 0;
        int hi = folded.text().length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (folded.sourceIndex(mid) < index) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
