package nianbao.parse.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.parse.text.Numbers;
import nianbao.parse.text.Whitespace;

/** Splits one line into cells by its own shape (TAB, pipes, wide spaces or a single cell), keeping each cell's column. */
final class LineSplitter {

    /** A trimmed cell and its 1-based start column. */
    record RawCell(String text, int column) {
    }

    record SplitLine(LineShape shape, List<RawCell> cells) {
    }

    private static final Pattern RULE = Pattern.compile("^[\\s|:+]*-{3,}[\\s|:+\\-]*$");
    private static final Pattern WIDE_GAP = Pattern.compile("(?: {2,}|\\u3000+)");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final char NBSP = '\u00A0';

    private LineSplitter() {
    }

    static SplitLine split(String line) {
        if (line.strip().equals("|")) {
            // one cell per line, `cell |`: a pipe alone is an empty cell (rows end with `||`)
            return new SplitLine(LineShape.PIPE_CELL, List.of(new RawCell("", line.indexOf('|') + 1)));
        }
        if (line.isBlank() || (line.indexOf('|') >= 0 && onlyPipes(line))
                || (line.contains("---") && RULE.matcher(line).matches())) {
            return new SplitLine(LineShape.SEPARATOR, List.of());
        }
        if (line.indexOf('\t') >= 0) {
            List<RawCell> cells = splitOn(line, "\t");
            List<RawCell> filled = new ArrayList<>(2);
            for (RawCell c : cells) {
                if (!c.text().isEmpty() && filled.size() < 2) filled.add(c);
            }
            if (filled.size() <= 1) return new SplitLine(LineShape.SINGLE_CELL, withNumericTails(filled));
            return new SplitLine(LineShape.TAB, withNumericTails(cells));
        }
        if (line.indexOf('|') >= 0) {
            String stripped = line.strip();
            List<RawCell> cells = splitOn(line, "|");
            if (stripped.startsWith("|")) {
                return new SplitLine(LineShape.MARKDOWN_ROW, withNumericTails(dropOuter(cells)));
            }
            if (stripped.endsWith("|") && stripped.indexOf('|') == stripped.length() - 1) {
                return new SplitLine(LineShape.PIPE_CELL, withNumericTails(List.of(cells.get(0))));
            }
            if (stripped.endsWith("|")) cells = cells.subList(0, cells.size() - 1);
            return new SplitLine(LineShape.PIPE_ROW, withNumericTails(cells));
        }
        RawCell whole = trimmed(line, 0, line.length());
        if (whole.text().contains("  ") || whole.text().indexOf('\u3000') >= 0) {
            return new SplitLine(LineShape.SPACED, withNumericTails(splitOnGaps(line)));
        }
        return new SplitLine(LineShape.SINGLE_CELL, withNumericTails(List.of(whole)));
    }

    /** Pipes and whitespace only: a markdown or box-drawing row border (a no-break space is a blank cell's content). */
    private static boolean onlyPipes(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '|' && (!Whitespace.is(c) || c == NBSP)) return false;
        }
        return true;
    }

    private static List<RawCell> splitOn(String line, String delimiter) {
        List<RawCell> cells = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = line.indexOf(delimiter, start);
            if (end < 0) {
                cells.add(delimited(line, start, line.length()));
                return cells;
            }
            cells.add(delimited(line, start, end));
            start = end + delimiter.length();
        }
    }

    /**
     * A TAB- or pipe-delimited cell. One holding only no-break spaces is the {@code &nbsp;} of an HTML table cell, a
     * blank (domain-spec conventions), not an empty cell that may be a drifted label column.
     */
    private static RawCell delimited(String line, int from, int to) {
        RawCell cell = trimmed(line, from, to);
        if (!cell.text().isEmpty()) return cell;
        int nbsp = line.indexOf(NBSP, from);
        return nbsp >= 0 && nbsp < to ? new RawCell(String.valueOf(NBSP), nbsp + 1) : cell;
    }

    private static List<RawCell> splitOnGaps(String line) {
        List<RawCell> cells = new ArrayList<>();
        Matcher gap = WIDE_GAP.matcher(line);
        int start = 0;
        while (gap.find()) {
            RawCell cell = trimmed(line, start, gap.start());
            if (!cell.text().isEmpty()) cells.add(cell);
            start = gap.end();
        }
        RawCell last = trimmed(line, start, line.length());
        if (!last.text().isEmpty()) cells.add(last);
        return cells;
    }

    private static List<RawCell> dropOuter(List<RawCell> cells) {
        int from = !cells.isEmpty() && cells.get(0).text().isEmpty() ? 1 : 0;
        int to = cells.size() > from && cells.get(cells.size() - 1).text().isEmpty() ? cells.size() - 1 : cells.size();
        return cells.subList(from, to);
    }

    /** The cell between {@code from} and {@code to}, without surrounding whitespace (an empty cell stays at {@code from}). */
    private static RawCell trimmed(String line, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && Whitespace.is(line.charAt(a))) a++;
        while (b > a && Whitespace.is(line.charAt(b - 1))) b--;
        return new RawCell(line.substring(a, b), a + 1);
    }

    private static boolean hasInnerSpace(String text) {
        for (int i = 0; i < text.length(); i++) if (Whitespace.is(text.charAt(i))) return true;
        return false;
    }

    /**
     * Whether the last of the words {@link #WORD} finds is a number, found without splitting the cell into words: a
     * cell that does not end in one keeps its whole text (prose with spaces, most often).
     */
    private static boolean lastWordIsNumber(String text) {
        int end = text.length();
        while (end > 0 && isRegexSpace(text.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && !isRegexSpace(text.charAt(start - 1))) start--;
        return start < end && Numbers.isNumber(text.substring(start, end));
    }

    /** What {@code \s} matches, which separates {@link #WORD}s: ASCII whitespace only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Splits a cell ending in two or more space-separated numbers ({@code 一、… 16 0 0 0 0 0 16}, pdftotext with narrow
     * columns) into its label and one cell per number; other cells are kept whole.
     */
    private static List<RawCell> withNumericTails(List<RawCell> cells) {
        List<RawCell> out = new ArrayList<>(cells.size());
        for (RawCell cell : cells) {
            if (!hasInnerSpace(cell.text()) || !lastWordIsNumber(cell.text())) {
                out.add(cell);
                continue;
            }
            List<RawCell> words = new ArrayList<>();
            Matcher w = WORD.matcher(cell.text());
            while (w.find()) words.add(new RawCell(w.group(), cell.column() + w.start()));
            int numeric = 0;
            while (numeric < words.size() && Numbers.isNumber(words.get(words.size() - 1 - numeric).text())) numeric++;
            if (numeric < 2) {
                out.add(cell);
                continue;
            }
            int labelWords = words.size() - numeric;
            if (labelWords > 0) {
                RawCell lastLabelWord = words.get(labelWords - 1);
                int end = lastLabelWord.column() - cell.column() + lastLabelWord.text().length();
                out.add(new RawCell(cell.text().substring(0, end), cell.column()));
            }
            out.addAll(words.subList(labelWords, words.size()));
        }
        return out;
    }
}
