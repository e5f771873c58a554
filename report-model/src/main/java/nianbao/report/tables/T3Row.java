package nianbao.report.tables;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.report.FormatVersion;

/**
 * Table 三 data rows (domain-spec §4.2–§4.3): 25 in V2021, 23 in V2019, where （六）其他处理 is the single leaf R3.6.
 * A leaf is an outcome row that T3-OUTCOME-TOTAL sums into （七）总计.
 */
public enum T3Row {
    R1("R1", "一、本年新收政府信息公开申请数量", null, false, Versions.BOTH),
    R2("R2", "二、上年结转政府信息公开申请数量", null, false, Versions.BOTH),
    R3_1("R3.1", "（一）予以公开", null, true, Versions.BOTH),
    R3_2("R3.2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null, true, Versions.BOTH),
    R3_3_1("R3.3.1", "1.属于国家秘密", "（三）不予公开", true, Versions.BOTH),
    R3_3_2("R3.3.2", "2.其他法律行政法规禁止公开", "（三）不予公开", true, Versions.BOTH),
    R3_3_3("R3.3.3", "3.危及“三安全一稳定”", "（三）不予公开", true, Versions.BOTH),
    R3_3_4("R3.3.4", "4.保护第三方合法权益", "（三）不予公开", true, Versions.BOTH),
    R3_3_5("R3.3.5", "5.属于三类内部事务信息", "（三）不予公开", true, Versions.BOTH),
    R3_3_6("R3.3.6", "6.属于四类过程性信息", "（三）不予公开", true, Versions.BOTH),
    R3_3_7("R3.3.7", "7.属于行政执法案卷", "（三）不予公开", true, Versions.BOTH),
    R3_3_8("R3.3.8", "8.属于行政查询事项", "（三）不予公开", true, Versions.BOTH),
    R3_4_1("R3.4.1", "1.本机关不掌握相关政府信息", "（四）无法提供", true, Versions.BOTH),
    R3_4_2("R3.4.2", "2.没有现成信息需要另行制作", "（四）无法提供", true, Versions.BOTH),
    R3_4_3("R3.4.3", "3.补正后申请内容仍不明确", "（四）无法提供", true, Versions.BOTH),
    R3_5_1("R3.5.1", "1.信访举报投诉类申请", "（五）不予处理", true, Versions.BOTH),
    R3_5_2("R3.5.2", "2.重复申请", "（五）不予处理", true, Versions.BOTH),
    R3_5_3("R3.5.3", "3.要求提供公开出版物", "（五）不予处理", true, Versions.BOTH),
    R3_5_4("R3.5.4", "4.无正当理由大量反复申请", "（五）不予处理", true, Versions.BOTH),
    R3_5_5("R3.5.5", "5.要求行政机关确认或重新出具已获取信息", "（五）不予处理", true, Versions.BOTH),
    R3_6("R3.6", "（六）其他处理", null, true, Versions.V19),
    R3_6_1("R3.6.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理", true, Versions.V21),
    R3_6_2("R3.6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理", true, Versions.V21),
    R3_6_3("R3.6.3", "3.其他", "（六）其他处理", true, Versions.V21),
    R3_7("R3.7", "（七）总计", null, false, Versions.BOTH),
    R4("R4", "四、结转下年度继续办理", null, false, Versions.BOTH);

    private enum Versions {
        BOTH(EnumSet.of(FormatVersion.V2019, FormatVersion.V2021)),
        V19(EnumSet.of(FormatVersion.V2019)),
        V21(EnumSet.of(FormatVersion.V2021));

        final Set<FormatVersion> set;

        Versions(Set<FormatVersion> set) {
            this.set = set;
        }
    }

    private final String id;
    private final String label;
    private final String group;
    private final boolean leaf;
    private final Versions versions;
    private final List<CellRef> cells;

    T3Row(String id, String label, String group, boolean leaf, Versions versions) {
        this.id = id;
        this.label = label;
        this.group = group;
        this.leaf = leaf;
        this.versions = versions;
        this.cells = Arrays.stream(T3Column.values()).map(c -> new CellRef(TableId.T3, id, c.name())).toList();
    }

    /** The row's cells in column order: the six applicant columns, then 总计. */
    public List<CellRef> cells() {
        return cells;
    }

    public String id() {
        return id;
    }

    /** The canonical label as printed in the format. */
    public String label() {
        return label;
    }

    /** The group label (（三）不予公开…) a numbered sub-row sits under, or null. */
    public String group() {
        return group;
    }

    public boolean isLeaf() {
        return leaf;
    }

    public boolean appliesTo(FormatVersion version) {
        return versions.set.contains(version);
    }

    /** The rows of {@code version} in printed order (UNKNOWN is read as V2021, the current format). */
    public static List<T3Row> rowsOf(FormatVersion version) {
        return ROWS.get(version);
    }

    /** The leaf outcome rows of {@code version}: 21 in V2021, 19 in V2019 (domain-spec §4.2 says 22/20, but its own row list has 21/19). */
    public static List<T3Row> leavesOf(FormatVersion version) {
        return LEAVES.get(version);
    }

    // asked for every report: computed once
    private static final Map<FormatVersion, List<T3Row>> ROWS = new EnumMap<>(FormatVersion.class);
    private static final Map<FormatVersion, List<T3Row>> LEAVES = new EnumMap<>(FormatVersion.class);

    static {
        for (FormatVersion version : FormatVersion.values()) {
            FormatVersion v = version == FormatVersion.UNKNOWN ? FormatVersion.V2021 : version;
            List<T3Row> rows = Arrays.stream(values()).filter(r -> r.appliesTo(v)).toList();
            ROWS.put(version, rows);
            LEAVES.put(version, rows.stream().filter(T3Row::isLeaf).toList());
        }
    }

    /** The leaves under a group prefix, e.g. "R3.3" → R3.3.1…R3.3.8 (or the row itself, e.g. R3.6 in V2019). */
    public static List<T3Row> leavesUnder(String prefix, FormatVersion version) {
        return leavesOf(version).stream().filter(r -> r.id.equals(prefix) || r.id.startsWith(prefix + ".")).toList();
    }

    public static T3Row byId(String id) {
        for (T3Row r : values()) if (r.id.equals(id)) return r;
        throw new IllegalArgumentException("no table-三 row " + id);
    }
}
