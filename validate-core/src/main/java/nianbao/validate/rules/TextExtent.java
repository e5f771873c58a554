package nianbao.validate.rules;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.report.Cell;
import nianbao.report.CellSemantic;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.report.ParsedReport;
import nianbao.report.Section;
import nianbao.report.SectionId;
import nianbao.report.SourceSpan;
import nianbao.report.tables.TableId;

/**
 * How much of a report the submitted text holds (issue 9, "reports in the wild"): web excerpts and cut uploads stop
 * inside a table or a sentence, flip-book pages start at a later section. A section that lies beyond what the text
 * holds cannot be judged missing, nor can what a section lacks after the point where the text stops in it (a table's
 * last rows, the fee statement of section 六). Read from the text and what the parser found in it, nothing else.
 */
public record TextExtent(int firstSection, int lastSection, boolean beginsLate, boolean endsEarly) {

    /** What ends a complete text: a sentence, a bracket or quote closing one, or the signature's date. */
    private static final String FINAL_PUNCTUATION = "。！？!?；;…」』”）)";
    /** The signature's date that closes a report: 2023年1月20日, 2023-01-20, 二〇二三年一月二十日. */
    private static final Pattern DATE = Pattern.compile(".*[年\\-/.]\\s*\\d{1,2}\\s*[月\\-/.]\\s*\\d{1,2}\\s*日?$");
    private static final Pattern CHINESE_DATE = Pattern.compile(".*[〇○零一二三四五六七八九十]+月[〇○零一二三四五六七八九十]+日$");
    /** A prose paragraph: this many Han characters and a clause mark (titles and page headers have none). */
    private static final int MIN_PARAGRAPH = 20;

    /** @param lines the report's text split by {@link String#lines}, empty without a text */
    public static TextExtent of(ParsedReport report, List<String> lines) {
        int first = Integer.MAX_VALUE;
        int last = 0;
        int firstLine = Integer.MAX_VALUE;
        for (Section s : report.sections()) {
            if (!s.found()) continue;
            int n = s.id().ordinal() + 1;
            if (s.span().line() < firstLine) {
                firstLine = s.span().line();
                first = n;
            }
            last = Math.max(last, n);
        }
        // per table, in one pass over the cells: whether any was read, and the first line of any placed
        boolean[] read = new boolean[TableId.values().length];
        int[] tableLine = new int[TableId.values().length];
        Arrays.fill(tableLine, Integer.MAX_VALUE);
        for (Cell c : report.cells()) {
            int t = c.ref().table().ordinal();
            if (c.semantic() != CellSemantic.MISSING) read[t] = true;
            if (c.span().isKnown()) tableLine[t] = Math.min(tableLine[t], c.span().line());
        }
        for (TableId table : TableId.values()) {
            int n = table.section().ordinal() + 1;
            if (!read[table.ordinal()]) continue;
            int line = tableLine[table.ordinal()];
            if (line < firstLine) {
                firstLine = line;
                first = n;
            }
            last = Math.max(last, n);
        }
        boolean beginsLate = first > 1 && first != Integer.MAX_VALUE && !paragraphBefore(lines, firstLine)
                && !titleBefore(report, lines, firstLine);
        // a text that begins inside the report is an excerpt (a page of it): where it stops says nothing either
        return new TextExtent(first, last, beginsLate, beginsLate || endsMidway(lines));
    }

    /** Whether the section {@code id} lies beyond what the text holds. */
    public boolean beyondText(SectionId id) {
        int n = id.ordinal() + 1;
        return (beginsLate && n < firstSection) || (endsEarly && n > lastSection);
    }

    /** Whether the text may not hold all of section {@code id}: the section lies beyond it, or the text stops in it. */
    public boolean cutsOff(SectionId id) {
        return beyondText(id) || (endsEarly && id.ordinal() + 1 == lastSection);
    }

    /**
     * Where the text is cut as it concerns section {@code id}: 提交的文本在第三部分中途结束（节选或截断）, or before any
     * section when the text holds none (a title and half a sentence).
     */
    public String cutZh(SectionId id) {
        return (before(id) ? "提交的文本从第" + numeral(firstSection) + "部分开始"
                : lastSection == 0 ? "提交的文本在第一部分之前就已结束"
                : "提交的文本在第" + numeral(lastSection) + "部分中途结束") + "（节选或截断）";
    }

    /** The same in English: The submitted text stops inside section 三 (an excerpt or a cut upload). */
    public String cutEn(SectionId id) {
        return (before(id) ? "The submitted text begins at section " + numeral(firstSection)
                : lastSection == 0 ? "The submitted text stops before its first section"
                : "The submitted text stops inside section " + numeral(lastSection)) + " (an excerpt or a cut upload)";
    }

    private boolean before(SectionId id) {
        return beginsLate && id.ordinal() + 1 < firstSection;
    }

    private static String numeral(int n) {
        return SectionId.values()[n - 1].numeral();
    }

    /** A prose paragraph stands before {@code line} (1-based): the text begins at the report's start, not inside it. */
    public static boolean paragraphBefore(List<String> lines, int line) {
        for (int i = 0; i < Math.min(line - 1, lines.size()); i++) if (isParagraph(lines.get(i))) return true;
        return false;
    }

    /** The report's title opens a line before {@code line}: the text begins at the start (a page header does not). */
    private static boolean titleBefore(ParsedReport report, List<String> lines, int line) {
        for (NarrativeFact title : report.facts(FactKind.TITLE)) {
            SourceSpan at = title.span();
            if (!at.isKnown() || at.line() >= line || at.line() > lines.size()) continue;
            String text = lines.get(at.line() - 1);
            String opening = title.quote() == null ? "" : title.quote().strip();
            // a title opens with the agency's name or the year, not with a viewer's `Page 8 -`
            boolean chinese = !opening.isEmpty() && (Character.isDigit(opening.charAt(0)) || opening.charAt(0) >= '\u4E00');
            if (chinese && text.substring(0, Math.min(at.column() - 1, text.length())).isBlank()) return true;
        }
        return false;
    }

    private static boolean isParagraph(String line) {
        int han = 0;
        boolean clause = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF') han++;
            if (c == '，' || c == '。' || c == '；' || c == ',') clause = true;
        }
        return han >= MIN_PARAGRAPH && clause;
    }

    /** The last line of text stops mid-sentence or in a table row: not a sentence's end and not the closing date. */
    private static boolean endsMidway(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            if (DATE.matcher(line).matches() || CHINESE_DATE.matcher(line).matches()) return false;
            // a row of cells ends no report, whatever its label ends in (（…其他情形） then empty cells); a TAB that
            // only indents the line is no cell
            String raw = lines.get(i);
            if (raw.indexOf('\t', raw.indexOf(line.charAt(0))) >= 0 || line.indexOf('|') >= 0) return true;
            return FINAL_PUNCTUATION.indexOf(line.charAt(line.length() - 1)) < 0;
        }
        return false;
    }
}
