package nianbao.parse.reflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.parse.sections.SectionFinder;
import nianbao.parse.sections.SectionFinder.InlineHeading;
import nianbao.parse.tables.InlineRows;
import nianbao.parse.text.FoldedLine;
import nianbao.parse.text.Numbers;
import nianbao.parse.text.Whitespace;
import nianbao.report.SectionId;

/**
 * Gives a report back the lines a reader sees (domain-spec §7), before anything else reads it:
 * <ul>
 * <li>a line holding a whole report, or its tables, flattened by a web page is cut at its section headings, at the
 *     sub-heads that open a sentence and, in the tables, at every row label and value run ({@link InlineRows});</li>
 * <li>prose that PDF text extraction wrapped at the line end is joined again, across a page footer ({@code - 3 -});
 *     table rows, headings and paragraph starts are never joined;</li>
 * <li>a figure a web page's markup put on a line of its own, inside a sentence that runs on before it and goes on
 *     with the figure's unit after it ({@code 收到申请} / {@code 16} / {@code 件，…}), is joined with both;</li>
 * <li>page footers are left out.</li>
 * </ul>
 * A document without any of these comes back as it is.
 */
public final class Reflow {

    /** Shorter lines are never cut: a row or a paragraph, not a flattened page. */
    private static final int MIN_FLATTENED = 200;
    /** Wrapping is only undone where the prose lines are as narrow as a printed page (display columns). */
    private static final int MAX_PAGE_WIDTH = 130;
    private static final int MIN_PAGE_WIDTH = 24;
    /** A line this close to the page width ended because the page did, not the sentence. */
    private static final double FULL_LINE = 0.7;
    private static final int CLOSING_DATE_REACH = 24;
    /** A month or day number, in half- or full-width digits or Chinese numerals. */
    private static final String MONTH_DAY = "(?:" + Numbers.DIGIT + "|[一二三四五六七八九十]){1,3}";
    /** The date under the signature, closing a flattened report. */
    private static final Pattern CLOSING_DATE = Pattern.compile("(?:" + Numbers.DIGIT + "{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*"
            + MONTH_DAY + "\\s*月\\s*" + MONTH_DAY + "\\s*日\\s*$");
    private static final String PARAGRAPH_ENDS = "。！？!?；;：:…";
    private static final String SENTENCE_ENDS = "。！？!?；;";
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final Pattern PAGE_OF = Pattern.compile("\\d{1,3}/\\d{1,3}");
    private static final Pattern PAGE_WORD = Pattern.compile("页(,?共\\d{1,3}页)?");
    /** Longer than any page footer ({@code 第 12 页 共 30 页}). */
    private static final int MAX_FOOTER = 16;
    /** Words of which a flattened page holds at least one: a table's start or the headings' titles. */
    private static final List<String> FLATTENED_HINTS = List.of("第二十条", "本年新收", "本列数据", "总体情况", "主动公开政府信息",
            "收到和处理", "存在的主要问题", "其他需要报告");
    private Reflow() {
    }

    public static LineView of(List<String> source) {
        int pageWidth = pageWidth(source);
        // most documents need nothing: find that out without building a view
        Map<Integer, List<Integer>> cuts = new HashMap<>();
        if (!reflow(source, pageWidth, null, cuts)) return LineView.identity(source);
        LineView.Builder view = new LineView.Builder(source);
        reflow(source, pageWidth, view, cuts);
        return view.build();
    }

    /**
     * Goes through the source lines once, writing the view's lines to {@code view}; with no view, stops at the first
     * change. Returns whether anything changed. {@code cutsByLine} keeps the cuts of flattened lines between the two
     * passes (finding them is the costly part).
     */
    private static boolean reflow(List<String> source, int pageWidth, LineView.Builder view,
                                  Map<Integer, List<Integer>> cutsByLine) {
        boolean changed = false;
        boolean wrapped = false;
        boolean afterLoneFigure = false;
        boolean afterFooter = false;
        String previous = null;
        for (int i = 0; i < source.size(); i++) {
            if (changed && view == null) return true;
            String line = source.get(i);
            int number = i + 1;
            if (isPageFooter(line)) {
                changed = true;
                afterFooter = true;
                continue;
            }
            if (wrapped && line.isBlank() && (afterFooter || footerFollows(source, i))) {
                changed = true;
                continue;
            }
            afterFooter = false;
            List<Integer> cuts = line.length() < MIN_FLATTENED ? List.of()
                    : cutsByLine.computeIfAbsent(i, n -> flattenedCuts(source.get(n)));
            if (!cuts.isEmpty()) {
                changed = true;
                if (view != null) {
                    int from = 0;
                    for (int cut : cuts) {
                        appendTrimmed(view.newLine(), number, line, from, cut);
                        from = cut;
                    }
                    appendTrimmed(view.newLine(), number, line, from, line.length());
                }
                wrapped = false;
                afterLoneFigure = false;
            } else {
                boolean loneFigure = isLoneFigureInSentence(source, i);
                boolean joined = wrapped && continues(line, previous) || loneFigure || afterLoneFigure;
                changed |= joined;
                afterLoneFigure = loneFigure;
                wrapped = isWrapped(line, pageWidth);
                if (view != null) {
                    // a wrapped line loses its trailing spaces, so that the joined sentence has no gap
                    int end = wrapped || loneFigure ? Whitespace.trimmedEnd(line) : line.length();
                    if (joined) view.append(number, Whitespace.leading(line), end);
                    else view.newLine().append(number, 0, end);
                }
            }
            previous = line;
        }
        return changed;
    }

    // ---- flattened lines

    /**
     * Where a flattened line is to be cut (0-based indices into it, ascending), or nothing when it is not one: it
     * holds two section headings, or the labels of a table.
     */
    static List<Integer> flattenedCuts(String line) {
        if (FLATTENED_HINTS.stream().noneMatch(line::contains)) return List.of();
        List<InlineHeading> headings = SectionFinder.headingStarts(line);
        FoldedLine folded = new FoldedLine(line);
        int tables = tablesStart(folded);
        if (headings.size() < 2 && tables < 0) return List.of();
        TreeSet<Integer> cuts = new TreeSet<>();
        int tablesEnd = line.length();
        int t4 = -1;
        for (InlineHeading h : headings) {
            if (h.index() > 0) cuts.add(h.index());
            if (tables >= 0 && h.index() > tables) {
                if (h.section() == SectionId.REVIEW_LITIGATION && t4 < 0) t4 = h.index();
                if ((h.section() == SectionId.PROBLEMS || h.section() == SectionId.OTHER_MATTERS) && tablesEnd == line.length()) {
                    tablesEnd = h.index();
                }
            }
        }
        if (tables >= 0) {
            if (tables > 0) cuts.add(tables);
            cuts.addAll(InlineRows.starts(folded, tables, tablesEnd, t4));
        }
        subheads(folded, tables < 0 ? line.length() : tables, tablesEnd, cuts);
        // only the end of the line can hold the closing date
        Matcher date = CLOSING_DATE.matcher(line).region(Math.max(0, line.length() - CLOSING_DATE_REACH), line.length());
        if (date.find()) cuts.add(date.start());
        cuts.remove(0);
        return new ArrayList<>(cuts);
    }

    /** Where the first table starts: 第二十条, table 三's printed note or its first row; -1 when there is none. */
    private static int tablesStart(FoldedLine folded) {
        String s = folded.text();
        int first = -1;
        for (String anchor : List.of("第二十条第", "(本列", "本年新收政府信息公开申请数量")) {
            int at = s.indexOf(anchor);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first < 0 ? -1 : folded.sourceIndex(first);
    }

    /** Sub-heads opening a sentence in the prose around the tables: {@code 。（一）…}, {@code 。二是…}, {@code ；2.…}. */
    private static void subheads(FoldedLine folded, int tablesFrom, int tablesTo, TreeSet<Integer> cuts) {
        String s = folded.text();
        for (int i = 1; i + 2 < s.length(); i++) {
            if (SENTENCE_ENDS.indexOf(s.charAt(i - 1)) < 0 || !opensSubhead(s, i)) continue;
            int at = folded.sourceIndex(i);
            if (at < tablesFrom || at >= tablesTo) cuts.add(at);
        }
    }

    private static boolean opensSubhead(String s, int i) {
        char c = s.charAt(i);
        char next = s.charAt(i + 1);
        if (c == '(') return NUMERALS.indexOf(next) >= 0 && s.charAt(i + 2) == ')';
        if (NUMERALS.indexOf(c) >= 0) return next == '.' || next == '是';
        return c >= '1' && c <= '9' && next == '.' && !(s.charAt(i + 2) >= '0' && s.charAt(i + 2) <= '9');
    }

    private static void appendTrimmed(LineView.Builder view, int number, String line, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && Whitespace.is(line.charAt(a))) a++;
        while (b > a && Whitespace.is(line.charAt(b - 1))) b--;
        view.append(number, a, b);
    }

    // ---- wrapped prose

    /**
     * The width of a full line of prose on this document's page: the upper quartile of its prose lines' display
     * widths; 0 when its prose lines are paragraphs rather than printed lines (Word, HTML, pasted text).
     */
    static int pageWidth(List<String> lines) {
        int[] widths = new int[lines.size()];
        int n = 0;
        for (String line : lines) {
            if (line.length() * 2 < MIN_PAGE_WIDTH) continue;
            int w = displayWidth(line);
            if (w >= MIN_PAGE_WIDTH && isProse(line)) widths[n++] = w;
        }
        if (n < 4) return 0;
        Arrays.sort(widths, 0, n);
        int upperQuartile = widths[(n * 3) / 4];
        return upperQuartile <= MAX_PAGE_WIDTH ? upperQuartile : 0;
    }

    /**
     * Line {@code i} holds only a figure (digits, perhaps grouped by commas) between a line of prose that does not end
     * its sentence and one that opens with a count's unit.
     */
    private static boolean isLoneFigureInSentence(List<String> lines, int i) {
        if (i == 0 || i + 1 >= lines.size()) return false;
        // the unit first: it rules out almost every line at once
        String after = lines.get(i + 1);
        int unit = Whitespace.leading(after);
        if (unit == after.length() || !Numbers.isCountUnit(after.charAt(unit)) || !isFigure(lines.get(i))) return false;
        String before = lines.get(i - 1);
        int end = Whitespace.trimmedEnd(before);
        return end > 0 && PARAGRAPH_ENDS.indexOf(before.charAt(end - 1)) < 0 && isProse(before);
    }

    private static boolean isFigure(String line) {
        int start = Whitespace.leading(line);
        int end = Whitespace.trimmedEnd(line);
        if (start >= end || Numbers.asciiDigit(line.charAt(start)) == 0) return false;
        for (int k = start; k < end; k++) {
            if (Numbers.asciiDigit(line.charAt(k)) == 0 && line.charAt(k) != ',') return false;
        }
        return true;
    }

    /** Prose that ran to the right margin without ending its sentence. */
    private static boolean isWrapped(String line, int pageWidth) {
        if (pageWidth == 0 || !isProse(line)) return false;
        int last = line.length() - 1;
        while (last >= 0 && Whitespace.is(line.charAt(last))) last--;
        if (last < 0 || PARAGRAPH_ENDS.indexOf(line.charAt(last)) >= 0) return false;
        return displayWidth(line) >= FULL_LINE * pageWidth;
    }

    /** The rest of a wrapped sentence: prose, not indented further, not opening a heading, sub-head or list item. */
    private static boolean continues(String line, String previous) {
        if (!isProse(line) || leadingWidth(line) > leadingWidth(previous) + 1) return false;
        String s = new FoldedLine(line).text();
        if (s.length() < 3) return true;
        return !opensSubhead(s, 0) && !SectionFinder.startsWithHeading(line);
    }

    /** Chinese text on a line of its own: no TAB, pipe or wide gap between words (a table row of PDF text). */
    private static boolean isProse(String line) {
        boolean han = false;
        int end = Whitespace.trimmedEnd(line);
        for (int i = Whitespace.leading(line); i < end; i++) {
            char c = line.charAt(i);
            if (c == '\t' || c == '|' || c == '\u3000' || (c == ' ' && i + 1 < end && line.charAt(i + 1) == ' ')) return false;
            if (c >= '\u4E00' && c <= '\u9FFF') han = true;
        }
        return han;
    }

    /** A page number on a line of its own: {@code - 3 -}, {@code —3—}, {@code 第3页}, {@code 第 3 页 共 9 页}, {@code 3/9}. */
    static boolean isPageFooter(String line) {
        int start = Whitespace.leading(line);
        if (start == line.length()) return false;
        char first = line.charAt(start);
        boolean digit = Numbers.asciiDigit(first) != 0;
        if (!isDash(first) && first != '第' && !(digit && line.indexOf('/', start) > 0)) return false;
        int end = Whitespace.trimmedEnd(line);
        if (end - start > MAX_FOOTER) return false;
        String s = new FoldedLine(line).text();
        if (s.isEmpty() || s.length() > 12) return false;
        if (digit) return PAGE_OF.matcher(s).matches();
        int i = 1;
        boolean dashed = isDash(s.charAt(0));
        int digits = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        if (i == digits) return false;
        String rest = s.substring(i);
        return dashed ? rest.length() == 1 && isDash(rest.charAt(0)) : PAGE_WORD.matcher(rest).matches();
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '—' || c == '–' || c == '－';
    }

    /** Only blank lines lie between line {@code i} and the next page footer. */
    private static boolean footerFollows(List<String> lines, int i) {
        for (int j = i; j < lines.size(); j++) {
            if (isPageFooter(lines.get(j))) return true;
            if (!lines.get(j).isBlank()) return false;
        }
        return false;
    }

    private static int leadingWidth(String line) {
        int w = 0;
        for (int i = 0; i < line.length() && Whitespace.is(line.charAt(i)); i++) w += line.charAt(i) == '\u3000' ? 2 : 1;
        return w;
    }

    /** Columns the line takes when printed: two for CJK and full-width characters, one for others. */
    private static int displayWidth(String line) {
        int w = 0;
        int end = Whitespace.trimmedEnd(line);
        for (int i = Whitespace.leading(line); i < end; i++) w += line.charAt(i) >= '\u2E80' ? 2 : 1;
        return w;
    }
}
