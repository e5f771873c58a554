package nianbao.parse.sections;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.report.Section;
import nianbao.report.SectionId;
import nianbao.report.SourceSpan;

/**
 * Finds the six statutory section headings (domain-spec §2.1) in the normalised text.
 *
 * <p>A section is recognised by its title, not by its ordinal: agencies renumber (`一、主动公开政府信息情况`), drop the
 * ordinal, or (HTML-to-text) run the heading into the previous sentence. Titles are matched with whitespace removed
 * and either bracket/comma width. Table 三's row labels (`一、本年新收…`, `三、本年度办理结果`, `四、结转下年度继续办理`)
 * match no title, so they never count as headings.
 */
public final class SectionFinder {

    /** Title patterns; the group name is the SectionId without underscores. */
    private static final String TITLES = String.join("|",
            title(SectionId.OVERVIEW, "总体情况|总体概述|概述|(?:工作)?基本情况"),
            title(SectionId.ACTIVE_DISCLOSURE, "主动公开政府信息的?情况"),
            title(SectionId.APPLICATIONS, "收到和处理政府信息公开申请的?情况"),
            // covers 因政府信息公开工作被申请行政复议、提起行政诉讼情况 and the typo 行政法复议
            title(SectionId.REVIEW_LITIGATION, "因?政府信息公开(?:工作)?(?:被申请)?行政法?复议[、，,和及与]?(?:提起)?行政诉讼的?情况"),
            title(SectionId.PROBLEMS, "(?:政府信息公开工作)?存在的?主要问题[及和与]改进(?:情况|措施)"),
            title(SectionId.OTHER_MATTERS, "其他需要报告的事项"));

    /** 第一部分 (a style some agencies number their sections in), with or without a mark after it. */
    private static final String PART = "第[一二三四五六七八九十]部分[、，,．.:：]?";
    private static final int PART_LENGTH = "第一部分".length();
    /** 一、 一， 一. （一） (一), 第一部分, or 一 followed directly by the title (a space was removed). */
    private static final String ORDINAL = "(?:" + PART + "|[(（][一二三四五六七八九十][)）]|[一二三四五六七八九十][、，,．.:：]?)";
    /** Word-processor artefacts and markdown (OCR conversions: `## 一、总体情况`, `**一、总体情况**`) before a heading. */
    private static final String LEADING_ARTEFACT = "(?:\\[bookmark:[^\\]]*\\]|[#*>])*";

    private static final Pattern AT_LINE_START = Pattern.compile("^" + LEADING_ARTEFACT + "(?<heading>" + ORDINAL + "(?:" + TITLES + "))");
    /** Without an ordinal the title must be the whole line. */
    private static final Pattern WHOLE_LINE = Pattern.compile("^" + LEADING_ARTEFACT + "(?<heading>" + TITLES + ")[：:。]?\\**$");
    /** Run into the previous sentence (tried right after each sentence end): only with an ordinal. */
    private static final Pattern INLINE = Pattern.compile("(?<heading>" + ORDINAL + "(?:" + TITLES + "))");
    private static final String SENTENCE_ENDS = "。；;！!？?";
    /** The first characters of the titles in {@link #TITLES}. */
    private static final String TITLE_STARTS = "总概工基主收因政行存其";
    /** A heading inside running text with a written ordinal (一、 （一） 一.), so that prose such as
     *  进一步主动公开政府信息情况 is never cut: what a page flattened into one line keeps of its headings. */
    private static final Pattern WITH_ORDINAL = Pattern.compile(
            "(?:" + PART + "|[(（][一二三四五六七八九十][)）]|[一二三四五六七八九十][、，,．.:：])(?:" + TITLES + ")");

    private SectionFinder() {
    }

    /** @param lines the normalised text lines, index 0 = line 1 */
    public static SectionMap find(List<String> lines) {
        // a heading at the start of a line outranks one run into a sentence, wherever they stand
        Map<SectionId, SourceSpan> atLineStart = new EnumMap<>(SectionId.class);
        Map<SectionId, SourceSpan> inline = new EnumMap<>(SectionId.class);
        // one matcher per pattern for the whole text: these patterns have many groups, costly to set up per line
        Matcher atStart = AT_LINE_START.matcher("");
        Matcher wholeLine = WHOLE_LINE.matcher("");
        Matcher inlineHeading = INLINE.matcher("");
        for (int i = 0; i < lines.size(); i++) {
            if (!mayHoldTitle(lines.get(i))) continue;
            CompactLine line = new CompactLine(i + 1, lines.get(i));
            Matcher m = line.lookingAt(atStart, 0);
            if (m == null) m = line.lookingAt(wholeLine, 0);
            int searched = 0;
            if (m != null) {
                atLineStart.putIfAbsent(matchedSection(m), line.span(m.start("heading"), m.end("heading")));
                searched = m.end();
            }
            String compact = line.text();
            for (int at = searched; at < compact.length(); at++) {
                if (SENTENCE_ENDS.indexOf(compact.charAt(at)) < 0) continue;
                m = line.lookingAt(inlineHeading, at + 1);
                if (m == null) continue;
                inline.putIfAbsent(matchedSection(m), line.span(m.start("heading"), m.end("heading")));
                at = m.end() - 1;
            }
        }
        List<Section> sections = new ArrayList<>();
        for (SectionId id : SectionId.values()) {
            SourceSpan heading = atLineStart.getOrDefault(id, inline.get(id));
            sections.add(heading == null ? Section.notFound(id) : new Section(id, textAt(lines, heading), true, heading));
        }
        return new SectionMap(sections, lines.size());
    }

    /** Whether {@code line} opens with a section heading (with or without its ordinal). */
    public static boolean startsWithHeading(String line) {
        if (!mayHoldTitle(line)) return false;
        CompactLine compact = new CompactLine(1, line);
        return compact.lookingAt(AT_LINE_START.matcher(""), 0) != null || compact.lookingAt(WHOLE_LINE.matcher(""), 0) != null;
    }

    /** A heading inside a line: where it starts (0-based index into the line) and which section it opens. */
    public record InlineHeading(int index, SectionId section) {
    }

    /**
     * Where section headings with a written ordinal start inside {@code line} (0-based indices into it), wherever
     * they stand: after a sentence, a figure or a table label alike.
     */
    public static List<InlineHeading> headingStarts(String line) {
        List<InlineHeading> starts = new ArrayList<>();
        if (!mayHoldTitle(line)) return starts;
        CompactLine compact = new CompactLine(1, line);
        String text = compact.text();
        Matcher m = WITH_ORDINAL.matcher(text);
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            boolean part = isPart(text, at);
            boolean ordinal = part || c == '(' || c == '（' || "一二三四五六七八九十".indexOf(c) >= 0;
            // 第二十条 is no heading; 第二部分 is
            if (!ordinal || (!part && at > 0 && text.charAt(at - 1) == '第')
                    || !titleMayFollow(text, part ? at + PART_LENGTH - 1 : at)) continue;
            if (compact.lookingAt(m, at) == null) continue;
            starts.add(new InlineHeading(compact.originalIndex(at), matchedSection(m)));
            at = m.end() - 1;
        }
        return starts;
    }

    /** {@code 第一部分} starts at {@code at}. */
    private static boolean isPart(String text, int at) {
        return text.charAt(at) == '第' && at + PART_LENGTH <= text.length()
                && "一二三四五六七八九十".indexOf(text.charAt(at + 1)) >= 0 && text.startsWith("部分", at + 2);
    }

    /** The character after an ordinal of up to three characters can start a title: spares most positions the regex. */
    private static boolean titleMayFollow(String text, int at) {
        for (int i = at + 1; i <= Math.min(at + 3, text.length() - 1); i++) {
            if (TITLE_STARTS.indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** Every title ends in 情况, 概述, 措施 or 事项: a cheap test that spares most lines the patterns. */
    private static boolean mayHoldTitle(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '况' || c == '述' || c == '施' || c == '项') return true;
        }
        return false;
    }

    private static String title(SectionId id, String regex) {
        return "(?<" + id.name().replace("_", "") + ">" + regex + ")";
    }

    private static SectionId matchedSection(Matcher m) {
        for (SectionId id : SectionId.values()) {
            if (m.group(id.name().replace("_", "")) != null) return id;
        }
        throw new IllegalStateException("a title group always matches");
    }

    private static String textAt(List<String> lines, SourceSpan span) {
        return lines.get(span.line() - 1).substring(span.column() - 1, span.endColumn() - 1);
    }
}
