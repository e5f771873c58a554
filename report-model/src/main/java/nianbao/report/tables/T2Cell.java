package nianbao.report.tables;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nianbao.report.FormatVersion;

/**
 * Table 二 cells of both versions (domain-spec §3). V2021 ids are those of the spec; V2019 ids follow the same
 * pattern: {@code REG/NORM.{NEW_MADE,NEW_PUBLISHED,PUBLISHED_TOTAL}}, {@code <item>.{PREV_ITEMS,CHANGE,DECISIONS}},
 * {@code PROCUREMENT.{ITEMS,AMOUNT_WANYUAN}}. Money is in 万元.
 */
public enum T2Cell {
    // V2021
    REG_MADE(FormatVersion.V2021, "REG", "MADE", "规章", "本年制发件数", Kind.COUNT),
    REG_REPEALED(FormatVersion.V2021, "REG", "REPEALED", "规章", "本年废止件数", Kind.COUNT),
    REG_VALID(FormatVersion.V2021, "REG", "VALID", "规章", "现行有效件数", Kind.COUNT),
    NORM_MADE(FormatVersion.V2021, "NORM", "MADE", "行政规范性文件", "本年制发件数", Kind.COUNT),
    NORM_REPEALED(FormatVersion.V2021, "NORM", "REPEALED", "行政规范性文件", "本年废止件数", Kind.COUNT),
    NORM_VALID(FormatVersion.V2021, "NORM", "VALID", "行政规范性文件", "现行有效件数", Kind.COUNT),
    LICENSE_DECISIONS(FormatVersion.V2021, "LICENSE", "DECISIONS", "行政许可", "本年处理决定数量", Kind.COUNT),
    PUNISH_DECISIONS(FormatVersion.V2021, "PUNISH", "DECISIONS", "行政处罚", "本年处理决定数量", Kind.COUNT),
    COERCE_DECISIONS(FormatVersion.V2021, "COERCE", "DECISIONS", "行政强制", "本年处理决定数量", Kind.COUNT),
    FEE_AMOUNT(FormatVersion.V2021, "FEE", "AMOUNT_WANYUAN", "行政事业性收费", "本年收费金额（单位：万元）", Kind.MONEY),
    // V2019
    V19_REG_NEW_MADE(FormatVersion.V2019, "REG", "NEW_MADE", "规章", "本年新制作数量", Kind.COUNT),
    V19_REG_NEW_PUBLISHED(FormatVersion.V2019, "REG", "NEW_PUBLISHED", "规章", "本年新公开数量", Kind.COUNT),
    V19_REG_PUBLISHED_TOTAL(FormatVersion.V2019, "REG", "PUBLISHED_TOTAL", "规章", "对外公开总数量", Kind.COUNT),
    V19_NORM_NEW_MADE(FormatVersion.V2019, "NORM", "NEW_MADE", "规范性文件", "本年新制作数量", Kind.COUNT),
    V19_NORM_NEW_PUBLISHED(FormatVersion.V2019, "NORM", "NEW_PUBLISHED", "规范性文件", "本年新公开数量", Kind.COUNT),
    V19_NORM_PUBLISHED_TOTAL(FormatVersion.V2019, "NORM", "PUBLISHED_TOTAL", "规范性文件", "对外公开总数量", Kind.COUNT),
    V19_LICENSE_PREV_ITEMS(FormatVersion.V2019, "LICENSE", "PREV_ITEMS", "行政许可", "上一年项目数量", Kind.COUNT),
    V19_LICENSE_CHANGE(FormatVersion.V2019, "LICENSE", "CHANGE", "行政许可", "本年增/减", Kind.SIGNED),
    V19_LICENSE_DECISIONS(FormatVersion.V2019, "LICENSE", "DECISIONS", "行政许可", "处理决定数量", Kind.COUNT),
    V19_OTHER_SERVICE_PREV_ITEMS(FormatVersion.V2019, "OTHER_SERVICE", "PREV_ITEMS", "其他对外管理服务事项", "上一年项目数量", Kind.COUNT),
    V19_OTHER_SERVICE_CHANGE(FormatVersion.V2019, "OTHER_SERVICE", "CHANGE", "其他对外管理服务事项", "本年增/减", Kind.SIGNED),
    V19_OTHER_SERVICE_DECISIONS(FormatVersion.V2019, "OTHER_SERVICE", "DECISIONS", "其他对外管理服务事项", "处理决定数量", Kind.COUNT),
    V19_PUNISH_PREV_ITEMS(FormatVersion.V2019, "PUNISH", "PREV_ITEMS", "行政处罚", "上一年项目数量", Kind.COUNT),
    V19_PUNISH_CHANGE(FormatVersion.V2019, "PUNISH", "CHANGE", "行政处罚", "本年增/减", Kind.SIGNED),
    V19_PUNISH_DECISIONS(FormatVersion.V2019, "PUNISH", "DECISIONS", "行政处罚", "处理决定数量", Kind.COUNT),
    V19_COERCE_PREV_ITEMS(FormatVersion.V2019, "COERCE", "PREV_ITEMS", "行政强制", "上一年项目数量", Kind.COUNT),
    V19_COERCE_CHANGE(FormatVersion.V2019, "COERCE", "CHANGE", "行政强制", "本年增/减", Kind.SIGNED),
    V19_COERCE_DECISIONS(FormatVersion.V2019, "COERCE", "DECISIONS", "行政强制", "处理决定数量", Kind.COUNT),
    V19_FEE_PREV_ITEMS(FormatVersion.V2019, "FEE", "PREV_ITEMS", "行政事业性收费", "上一年项目数量", Kind.COUNT),
    V19_FEE_CHANGE(FormatVersion.V2019, "FEE", "CHANGE", "行政事业性收费", "本年增/减", Kind.SIGNED),
    V19_PROCUREMENT_ITEMS(FormatVersion.V2019, "PROCUREMENT", "ITEMS", "政府集中采购", "采购项目数量", Kind.COUNT),
    V19_PROCUREMENT_AMOUNT(FormatVersion.V2019, "PROCUREMENT", "AMOUNT_WANYUAN", "政府集中采购", "采购总金额", Kind.MONEY);

    /** What a cell may hold: a non-negative count, a signed change (V2019 本年增/减) or money in 万元. */
    public enum Kind { COUNT, SIGNED, MONEY }

    private final FormatVersion version;
    private final String row;
    private final String column;
    private final String rowLabel;
    private final String columnLabel;
    private final Kind kind;

    T2Cell(FormatVersion version, String row, String column, String rowLabel, String columnLabel, Kind kind) {
        this.version = version;
        this.row = row;
        this.column = column;
        this.rowLabel = rowLabel;
        this.columnLabel = columnLabel;
        this.kind = kind;
    }

    public FormatVersion version() {
        return version;
    }

    public String row() {
        return row;
    }

    public String column() {
        return column;
    }

    public String rowLabel() {
        return rowLabel;
    }

    public String columnLabel() {
        return columnLabel;
    }

    public Kind kind() {
        return kind;
    }

    public CellRef ref() {
        return CellRef.t2(this);
    }

    /** The cells of {@code version} in printed order (UNKNOWN is read as V2021). */
    public static List<T2Cell> cellsOf(FormatVersion version) {
        return CELLS.get(version);
    }

    // asked for every report: computed once
    private static final Map<FormatVersion, List<T2Cell>> CELLS = new EnumMap<>(FormatVersion.class);

    static {
        for (FormatVersion version : FormatVersion.values()) {
            FormatVersion v = version == FormatVersion.UNKNOWN ? FormatVersion.V2021 : version;
            CELLS.put(version, Arrays.stream(values()).filter(c -> c.version == v).toList());
        }
    }

    public static T2Cell of(FormatVersion version, String row, String column) {
        for (T2Cell c : cellsOf(version)) if (c.row.equals(row) && c.column.equals(column)) return c;
        throw new IllegalArgumentException("no table-二 cell " + row + "." + column + " in " + version);
    }
}
