package nianbao.parse.version;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.parse.sections.CompactLine;
import nianbao.report.FormatVersion;
import nianbao.report.SourceSpan;

/**
 * Detects V2019 / V2021 from the labels only one of the two formats prints (domain-spec §1.4), matched with
 * whitespace removed and with full- or half-width brackets and slashes.
 */
public final class FormatVersionDetector {

    private record Marker(FormatVersion version, Pattern label) {
    }

    private static final List<Marker> LABEL_MARKERS = List.of(
            marker(FormatVersion.V2019, "本年新制作数量"),
            marker(FormatVersion.V2019, "本年新公开数量"),
            marker(FormatVersion.V2019, "对外公开总数量"),
            marker(FormatVersion.V2019, "上一年项目数量"),
            marker(FormatVersion.V2019, "本年增[/／]减?"),
            // V2021 prints 本年处理决定数量; only the bare label is V2019
            marker(FormatVersion.V2019, "(?<!本年)处理决定数量"),
            marker(FormatVersion.V2019, "其他对外管理服务事项"),
            marker(FormatVersion.V2019, "第二十条第[(（]九[)）]项"),
            marker(FormatVersion.V2019, "政府集中采购"),
            marker(FormatVersion.V2019, "采购项目数量"),
            marker(FormatVersion.V2019, "采购总金额"),
            marker(FormatVersion.V2021, "本年制发件数"),
            marker(FormatVersion.V2021, "本年废止?件数"),
            marker(FormatVersion.V2021, "现行有效件数?"),
            marker(FormatVersion.V2021, "本年处理决定数量"),
            marker(FormatVersion.V2021, "本年收费金额"));

    /** V2021 splits table 三's （六）其他处理 into three sub-rows; these two exist in no other row or version. */
    private static final Pattern V2021_OTHER_SUBROWS = Pattern.compile("逾期不补正|逾期未按收费通知");
    /** The （六）其他处理 row label; in V2019 it is a leaf, directly followed by （七）总计. */
    private static final Pattern OTHER_HANDLING_ROW = Pattern.compile("[(（]六[)）]其他(处理)?");
    /** What may stand between a V2019 （六） label and the （七） label: values, separators. */
    private static final Pattern CELL_FILLER = Pattern.compile("[\\d|｜\\-—/／]+");
    private static final Pattern NEXT_IS_TOTAL_ROW = Pattern.compile("^([(（]七[)）]|七、)");

    private FormatVersionDetector() {
    }

    /** @param lines the normalised text lines, index 0 = line 1 */
    public static VersionDetection detect(List<String> lines) {
        List<CompactLine> compact = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) compact.add(new CompactLine(i + 1, lines.get(i)));

        Map<FormatVersion, SourceSpan> evidence = new EnumMap<>(FormatVersion.class);
        Map<FormatVersion, Integer> labelCount = new EnumMap<>(FormatVersion.class);
        for (Marker marker : LABEL_MARKERS) {
            SourceSpan at = firstMatch(compact, marker.label());
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
    private static FormatVersion tableThreeShape(List<CompactLine> compact) {
        if (firstMatch(compact, V2021_OTHER_SUBROWS) != null) return FormatVersion.V2021;
        return otherHandlingLeaf(compact) != null ? FormatVersion.V2019 : FormatVersion.UNKNOWN;
    }

    /** The span of a V2019 （六）其他处理 leaf row label, or null. */
    private static SourceSpan otherHandlingLeaf(List<CompactLine> compact) {
        for (int i = 0; i < compact.size(); i++) {
            Matcher m = compact.get(i).find(OTHER_HANDLING_ROW);
            if (m == null) continue;
            StringBuilder following = new StringBuilder(compact.get(i).text().substring(m.end()));
            for (int j = i + 1; j < compact.size() && j <= i + 12; j++) following.append(compact.get(j).text());
            String labels = CELL_FILLER.matcher(following).replaceAll("");
            if (NEXT_IS_TOTAL_ROW.matcher(labels).find()) return compact.get(i).span(m.start(), m.end());
        }
        return null;
    }

    private static SourceSpan shapeEvidence(List<CompactLine> compact, FormatVersion version) {
        return version == FormatVersion.V2021 ? firstMatch(compact, V2021_OTHER_SUBROWS) : otherHandlingLeaf(compact);
    }

    private static SourceSpan firstMatch(List<CompactLine> compact, Pattern pattern) {
        for (CompactLine line : compact) {
            Matcher m = line.find(pattern);
            if (m != null) return line.span(m.start(), m.end());
        }
        return null;
    }

    private static boolean before(SourceSpan a, SourceSpan b) {
        return a.line() < b.line() || (a.line() == b.line() && a.column() < b.column());
    }

    private static Marker marker(FormatVersion version, String label) {
        return new Marker(version, Pattern.compile(label));
    }
}
