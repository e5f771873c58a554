package nianbao.parse.version;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.parse.sections.CompactText;
import nianbao.report.FormatVersion;
import nianbao.report.SourceSpan;

/**
 * Detects V2019 / V2021 from the labels only one of the two formats prints (domain-spec §1.4), matched with
 * whitespace removed and with full- or half-width brackets and slashes.
 */
public final class FormatVersionDetector {

    /**
     * A label printed by one version only. {@code anchor} is a literal part of every match, found with a plain
     * string search first: the detector runs on every report, and most markers are absent from most reports.
     */
    private record Marker(FormatVersion version, String anchor, Pattern label) {
    }

    private static final List<Marker> LABEL_MARKERS = List.of(
            marker(FormatVersion.V2019, "新制作数量", "本年新制作数量"),
            marker(FormatVersion.V2019, "新公开数量", "本年新公开数量"),
            marker(FormatVersion.V2019, "对外公开总数量", "对外公开总数量"),
            marker(FormatVersion.V2019, "上一年项目数量", "上一年项目数量"),
            marker(FormatVersion.V2019, "本年增", "本年增[/／]减?"),
            // V2021 prints 本年处理决定数量; only the bare label is V2019
            marker(FormatVersion.V2019, "处理决定数量", "(?<!本年)处理决定数量"),
            marker(FormatVersion.V2019, "对外管理服务事项", "其他对外管理服务事项"),
            marker(FormatVersion.V2019, "九", "第二十条第[(（]九[)）]项"),
            marker(FormatVersion.V2019, "政府集中采购", "政府集中采购"),
            marker(FormatVersion.V2019, "采购项目数量", "采购项目数量"),
            marker(FormatVersion.V2019, "采购总金额", "采购总金额"),
            marker(FormatVersion.V2021, "本年制发件数", "本年制发件数"),
            marker(FormatVersion.V2021, "本年废", "本年废止?件数"),
            marker(FormatVersion.V2021, "现行有效件", "现行有效件数?"),
            marker(FormatVersion.V2021, "本年处理决定数量", "本年处理决定数量"),
            marker(FormatVersion.V2021, "本年收费金额", "本年收费金额"));

    /** How far past a label its sentence's 。 is looked for. */
    private static final int SENTENCE_REACH = 200;
    /** Where an anchor may stand at the latest within a match of its label. */
    private static final int MAX_ANCHOR_OFFSET = 8;
    /** Longer than any marker label. */
    private static final int MAX_LABEL_LENGTH = 24;

    /** V2021 splits table 三's （六）其他处理 into three sub-rows; these two exist in no other row or version. */
    private static final Pattern V2021_OTHER_SUBROWS = Pattern.compile("逾期不补正|逾期未按收费通知");
    /** The （六）其他处理 row label; in V2019 it is a leaf, directly followed by （七）总计. */
    private static final Pattern OTHER_HANDLING_ROW = Pattern.compile("[(（]六[)）]其他(处理)?");
    /** What may stand between a V2019 （六） label and the （七） label: values, separators, line ends. */
    private static final Pattern CELL_FILLER = Pattern.compile("[\\d|｜\\-—/／\\n]+");
    /** How far past the （六） label to look for （七）: the values of one row in any layout. */
    private static final int ROW_WINDOW = 200;
    private static final Pattern NEXT_IS_TOTAL_ROW = Pattern.compile("^([(（]七[)）]|七、)");

    private FormatVersionDetector() {
    }

    /** @param lines the normalised text lines, index 0 = line 1 */
    public static VersionDetection detect(List<String> lines) {
        CompactText compact = new CompactText(lines);

        Map<FormatVersion, SourceSpan> evidence = new EnumMap<>(FormatVersion.class);
        Map<FormatVersion, Integer> labelCount = new EnumMap<>(FormatVersion.class);
        for (Marker marker : LABEL_MARKERS) {
            SourceSpan at = firstLabel(compact, marker);
            if (at == null) continue;
            labelCount.merge(marker.version(), 1, Integer::sum);
            SourceSpan earlier = evidence.get(marker.version());
            if (earlier == null || before(at, earlier)) evidence.put(marker.version(), at);
        }

        FormatVersion shape = tableThreeShape(compact);
        Set<FormatVersion> seen = EnumSet.noneOf(FormatVersion.class);
        seen.addAll(labelCount.keySet());
        if (shape != FormatVersion.UNKNOWN) seen.add(shape);
        if (seen.isEmpty()) return new VersionDetection(FormatVersion.UNKNOWN, false, SourceSpan.NONE);

        boolean mixed = seen.size() > 1;
        FormatVersion version;
        if (!mixed) version = seen.iterator().next();
        else if (shape != FormatVersion.UNKNOWN) version = shape;
        else version = labelCount.get(FormatVersion.V2019) > labelCount.get(FormatVersion.V2021) ? FormatVersion.V2019 : FormatVersion.V2021;
        SourceSpan where = evidence.getOrDefault(version, shapeEvidence(compact, version));
        return new VersionDetection(version, mixed, where);
    }

    /**
     * V2021 when the （六） sub-rows are printed; V2019 when the （六）其他处理 row is followed, past its values, by the
     * （七）总计 row; UNKNOWN when table 三 is absent or truncated before （六） (qidong).
     */
    private static FormatVersion tableThreeShape(CompactText compact) {
        if (v2021SubRow(compact) != null) return FormatVersion.V2021;
        return otherHandlingLeaf(compact) != null ? FormatVersion.V2019 : FormatVersion.UNKNOWN;
    }

    private static SourceSpan v2021SubRow(CompactText compact) {
        int anchor = compact.text().indexOf("逾期");
        return anchor < 0 ? null : firstMatch(compact, V2021_OTHER_SUBROWS, anchor);
    }

    /** The span of a V2019 （六）其他处理 leaf row label, or null. */
    private static SourceSpan otherHandlingLeaf(CompactText compact) {
        String text = compact.text();
        int anchor = text.indexOf("六");
        if (anchor < 1) return null;
        Matcher m = OTHER_HANDLING_ROW.matcher(text);
        for (int at = anchor - 1; m.find(at); at = m.end()) {
            String following = text.substring(m.end(), Math.min(text.length(), m.end() + ROW_WINDOW));
            String labels = CELL_FILLER.matcher(following).replaceAll("");
            if (NEXT_IS_TOTAL_ROW.matcher(labels).find()) return compact.span(m.start(), m.end());
        }
        return null;
    }

    private static SourceSpan shapeEvidence(CompactText compact, FormatVersion version) {
        return version == FormatVersion.V2021 ? v2021SubRow(compact) : otherHandlingLeaf(compact);
    }

    /**
     * The first match standing in a table label rather than in a sentence: narratives of V2021 reports may well
     * mention 政府集中采购 or 处理决定数量. In a sentence the next 。 comes before any figure; after a label (even one
     * flattened into a line of prose, `…成效。二、主动公开政府信息情况 第二十条…`) the next figures come first.
     */
    private static SourceSpan firstLabel(CompactText compact, Marker marker) {
        String text = compact.text();
        Matcher m = marker.label().matcher(text).useTransparentBounds(true);
        for (int anchor = text.indexOf(marker.anchor()); anchor >= 0; anchor = text.indexOf(marker.anchor(), anchor + 1)) {
            // only around each anchor: a label is short, and most anchors (处理决定数量 in 本年处理决定数量) are no match
            m.region(Math.max(0, anchor - MAX_ANCHOR_OFFSET), Math.min(text.length(), anchor + MAX_LABEL_LENGTH));
            if (m.find() && !endsSentenceBeforeAFigure(text, m.end())) return compact.span(m.start(), m.end());
        }
        return null;
    }

    private static boolean endsSentenceBeforeAFigure(String text, int from) {
        for (int i = from; i < Math.min(text.length(), from + SENTENCE_REACH); i++) {
            char c = text.charAt(i);
            if (c == '。') return true;
            if (c == '\n' || Character.isDigit(c)) return false;
        }
        return false;
    }

    private static SourceSpan firstMatch(CompactText compact, Pattern pattern, int from) {
        Matcher m = pattern.matcher(compact.text());
        return m.find(from) ? compact.span(m.start(), m.end()) : null;
    }

    private static boolean before(SourceSpan a, SourceSpan b) {
        return a.line() < b.line() || (a.line() == b.line() && a.column() < b.column());
    }

    private static Marker marker(FormatVersion version, String anchor, String label) {
        return new Marker(version, anchor, Pattern.compile(label));
    }
}
