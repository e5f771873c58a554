package nianbao.parse.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.parse.sections.CompactText;
import nianbao.report.FormatVersion;
import nianbao.report.SourceSpan;

/**
 * Decides V2019 / V2021 from the structure of the tables (domain-spec §1.4), matched with whitespace removed and with
 * full- or half-width brackets and slashes:
 * <ul>
 * <li>table 二's column headers, counted only in a header row — after 信息内容 or a {@code 第二十条第（…）项} block label,
 *     or a line of at least two headers — so that a sentence naming 政府集中采购 or 处理决定数量 is no evidence;</li>
 * <li>table 三's （六） rows: V2021's sub-rows 逾期不补正 / 逾期未按收费通知, or V2019's single （六）其他处理 directly
 *     followed by （七）总计.</li>
 * </ul>
 * Every such label is one piece of evidence; the majority decides and evidence of both versions makes the report
 * mixed. Only a tie (no evidence at all included) is decided by the format notice the report cites (国办公开办函
 * 〔2019〕60号 / 〔2021〕30号).
 */
public final class FormatVersionDetector {

    /** One structural label of one version, at compact offsets [start, end) on one line. */
    private record Label(FormatVersion version, int start, int end) {
    }

    /** The header labels of one header row and where the row ends. */
    private record HeaderRow(List<Label> headers, int end) {
    }

    /**
     * A table-二 column header of one version (V2021 first, so that 本年处理决定数量 is not read as V2019's
     * 处理决定数量), or 信息内容, the first header of every block in both versions. A header wrapped in its cell may
     * be split by a line break; 本年新 alone is what a web page kept of a wrapped 本年新制作数量 / 本年新公开数量,
     * V2019's only headers that start so.
     */
    private static final Pattern HEADER = Pattern.compile(
            "(?<v2021>本年制发件数|本年废止?件数|现行有效件数?|本年处理决定数量|本年收费金额)"
                    + "|(?<v2019>本年新(?:\\n?(?:制作|公开)数量|(?=[|｜\\n]|$))|对外公开总数量|上一年项目数量|本年增[/／]\\n?减?|处理决定数量|采购项目数量|采购总金额)"
                    + "|信息内容");
    /** The characters a header starts with: a line starting otherwise is no header row. */
    private static final String HEADER_INITIALS = "本现处对上采信";
    /** An explanatory note after a header: （单位：万元，保留4位小数）, Hubei's (指2019年事项数). */
    private static final Pattern NOTE = Pattern.compile("[(（][^()（）\\n]{0,60}[)）]");
    /** What separates the cells of a header row once whitespace is gone: pipes, line ends, markdown rules. */
    private static final String SEPARATORS = "|｜\n:：-—+=";
    private static final Pattern BLOCK_LABEL = Pattern.compile("第二十条第[(（][一二三四五六七八九十]{1,2}[)）]项");

    /** V2021 splits table 三's （六）其他处理 into sub-rows; these two are row labels of no other row or version. */
    private static final Pattern V2021_OTHER_SUBROW =
            Pattern.compile("逾期(不补正|未按收费通知要求缴纳费用)[、，,]?行政机关不再处理");
    /** Longer than the part of a sub-row label {@link #V2021_OTHER_SUBROW} matches. */
    private static final int SUBROW_REACH = 40;
    /** The （六）其他处理 row label; in V2019 it is a leaf, directly followed by （七）总计. */
    private static final Pattern OTHER_HANDLING_ROW = Pattern.compile("[(（]六[)）]其他(处理)?");
    /** What may stand between a V2019 （六） label and the （七） label: values, separators, line ends. */
    private static final Pattern CELL_FILLER = Pattern.compile("[\\d|｜\\-—/／\\n]+");
    /** How far past the （六） label to look for （七）: the values of one row in any layout. */
    private static final int ROW_WINDOW = 200;
    private static final Pattern NEXT_IS_TOTAL_ROW = Pattern.compile("^([(（]七[)）]|七、)");

    /** The bracketed year and number before 号 of the two format notices. */
    private static final Pattern CITATION_2019 = Pattern.compile("[〔\\[(（【]2019[〕\\])）】]60号");
    private static final Pattern CITATION_2021 = Pattern.compile("[〔\\[(（【]2021[〕\\])）】]30号");
    /** The length of {@code 〔2019〕60号}. */
    private static final int CITATION_LENGTH = 9;

    private FormatVersionDetector() {
    }

    /** @param lines the normalised text lines, index 0 = line 1 */
    public static VersionDetection detect(List<String> lines) {
        CompactText compact = new CompactText(lines);
        List<Label> labels = new ArrayList<>(tableTwoHeaders(compact.text()));
        labels.addAll(tableThreeRows(compact.text()));
        Label first2019 = first(labels, FormatVersion.V2019);
        Label first2021 = first(labels, FormatVersion.V2021);
        int v2019 = count(labels, FormatVersion.V2019);
        int v2021 = count(labels, FormatVersion.V2021);
        boolean mixed = v2019 > 0 && v2021 > 0;

        if (v2019 != v2021) {
            FormatVersion version = v2019 > v2021 ? FormatVersion.V2019 : FormatVersion.V2021;
            Label evidence = version == FormatVersion.V2019 ? first2019 : first2021;
            Label conflict = !mixed ? null : version == FormatVersion.V2019 ? first2021 : first2019;
            return new VersionDetection(version, mixed, span(compact, evidence), span(compact, conflict), v2019, v2021);
        }
        Label cited2019 = citation(compact.text(), "60号", CITATION_2019, FormatVersion.V2019);
        Label cited2021 = citation(compact.text(), "30号", CITATION_2021, FormatVersion.V2021);
        Label cited = cited2019 == null ? cited2021 : cited2021 == null ? cited2019 : null;
        if (cited == null) {
            SourceSpan conflict = mixed ? span(compact, first2019) : SourceSpan.NONE;
            return new VersionDetection(FormatVersion.UNKNOWN, mixed, SourceSpan.NONE, conflict, v2019, v2021);
        }
        Label structural = first(labels, cited.version());
        Label other = first(labels, cited.version() == FormatVersion.V2019 ? FormatVersion.V2021 : FormatVersion.V2019);
        return new VersionDetection(cited.version(), mixed, span(compact, structural != null ? structural : cited),
                span(compact, other), v2019, v2021);
    }

    // ---- table 二

    /** The headers of every header row of table 二, each counted once. */
    private static List<Label> tableTwoHeaders(String text) {
        Map<Integer, Label> byStart = new TreeMap<>();
        Matcher header = HEADER.matcher(text);
        Matcher note = NOTE.matcher(text);
        for (int at = text.indexOf("信息内容"); at >= 0; at = text.indexOf("信息内容", at + 1)) {
            headerRow(text, at, header, note).headers().forEach(h -> byStart.putIfAbsent(h.start(), h));
        }
        Matcher block = BLOCK_LABEL.matcher(text);
        for (int at = text.indexOf("第二十条"); at >= 0; at = text.indexOf("第二十条", at + 1)) {
            block.region(at, text.length());
            if (!block.lookingAt()) continue;
            headerRow(text, block.end(), header, note).headers().forEach(h -> byStart.putIfAbsent(h.start(), h));
        }
        // OCR may lose 信息内容 and the block labels: a line of two headers or more is still a header row
        for (int at = 0; at < text.length(); ) {
            int cell = skipSeparators(text, at);
            if (cell < text.length() && HEADER_INITIALS.indexOf(text.charAt(cell)) >= 0) {
                HeaderRow row = headerRow(text, cell, header, note);
                if (row.headers().size() >= 2) row.headers().forEach(h -> byStart.putIfAbsent(h.start(), h));
            }
            int lineEnd = text.indexOf('\n', at);
            if (lineEnd < 0) break;
            at = lineEnd + 1;
        }
        return new ArrayList<>(byStart.values());
    }

    /** The headers that follow one another from {@code from}, separated by separators and notes only. */
    private static HeaderRow headerRow(String text, int from, Matcher header, Matcher note) {
        List<Label> headers = new ArrayList<>();
        int at = from;
        while (true) {
            at = skipSeparators(text, at);
            header.region(at, text.length());
            if (!header.lookingAt()) return new HeaderRow(headers, at);
            if (header.start("v2021") >= 0) headers.add(label(text, FormatVersion.V2021, header.start(), header.end()));
            if (header.start("v2019") >= 0) headers.add(label(text, FormatVersion.V2019, header.start(), header.end()));
            at = header.end();
            note.region(at, text.length());
            if (note.lookingAt()) at = note.end();
        }
    }

    private static int skipSeparators(String text, int from) {
        int at = from;
        while (at < text.length() && SEPARATORS.indexOf(text.charAt(at)) >= 0) at++;
        return at;
    }

    // ---- table 三

    /** V2021's two distinctive （六） sub-rows (each counted once), or V2019's leaf （六） row. */
    private static List<Label> tableThreeRows(String text) {
        List<Label> rows = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        Matcher subRow = V2021_OTHER_SUBROW.matcher("");
        for (int at = text.indexOf("逾期"); at >= 0; at = text.indexOf("逾期", at + 1)) {
            // a sub-row label wrapped over lines (PDF) still names its row
            String window = text.substring(at, Math.min(text.length(), at + SUBROW_REACH)).replace("\n", "");
            subRow.reset(window);
            if (!subRow.lookingAt() || kinds.contains(subRow.group(1))) continue;
            kinds.add(subRow.group(1));
            rows.add(label(text, FormatVersion.V2021, at, at + 2 + subRow.group(1).length()));
        }
        Label leaf = otherHandlingLeaf(text);
        if (leaf != null) rows.add(leaf);
        return rows;
    }

    /** The V2019 （六）其他处理 leaf row label, or null. */
    private static Label otherHandlingLeaf(String text) {
        Matcher m = OTHER_HANDLING_ROW.matcher(text);
        // only around each 六: a scan of the whole text by the pattern costs more than the rest of the detection
        for (int six = text.indexOf('六', 1); six >= 0; six = text.indexOf('六', six + 1)) {
            m.region(six - 1, text.length());
            if (!m.lookingAt()) continue;
            String following = text.substring(m.end(), Math.min(text.length(), m.end() + ROW_WINDOW));
            String labels = CELL_FILLER.matcher(following).replaceAll("");
            if (NEXT_IS_TOTAL_ROW.matcher(labels).find()) return new Label(FormatVersion.V2019, m.start(), m.end());
        }
        return null;
    }

    // ---- citations

    /** The first citation of a format notice ({@code 〔2021〕30号}), or null. */
    private static Label citation(String text, String number, Pattern citation, FormatVersion version) {
        Matcher m = citation.matcher(text);
        for (int at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
            int start = at + number.length() - CITATION_LENGTH;
            if (start < 0) continue;
            m.region(start, at + number.length());
            if (m.matches()) return new Label(version, start, m.end());
        }
        return null;
    }

    // ---- labels

    /** A label whose span stops at the end of its first line (a wrapped label keeps only its first part). */
    private static Label label(String text, FormatVersion version, int start, int end) {
        int lineEnd = text.indexOf('\n', start);
        return new Label(version, start, lineEnd >= 0 ? Math.min(end, lineEnd) : end);
    }

    private static Label first(List<Label> labels, FormatVersion version) {
        Label first = null;
        for (Label l : labels) if (l.version() == version && (first == null || l.start() < first.start())) first = l;
        return first;
    }

    private static int count(List<Label> labels, FormatVersion version) {
        int n = 0;
        for (Label l : labels) if (l.version() == version) n++;
        return n;
    }

    private static SourceSpan span(CompactText compact, Label label) {
        return label == null ? SourceSpan.NONE : compact.span(label.start(), label.end());
    }
}
