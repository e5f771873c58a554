package nianbao.parse.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.parse.text.Labels;
import nianbao.report.FormatVersion;
import nianbao.report.tables.T2Cell;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.T4Column;

/**
 * The labels of tables 二/三/四 and their known variants (domain-spec §3.1, §3.2, §4.4, §5), matched on normalised text.
 * Every method takes a label already normalised by {@link Labels#normalise}.
 */
final class TableLabels {

    /**
     * A matched label; {@code variant} when it differs from the canonical label after normalisation, {@code start} when
     * it is only the canonical label's start (wrapped, truncated).
     */
    record Match<T>(T target, boolean variant, boolean start) {
    }

    /** Wrapped or truncated labels shorter than this are too generic to be matched as a prefix. */
    private static final int MIN_PREFIX = 4;
    /** A label that keeps its ordinal ((六), 2.) needs fewer characters to name its row. */
    private static final int MIN_PREFIX_NUMBERED = 2;

    private static final Map<T3Row, Labels.Parts> CANONICAL_T3 = new EnumMap<>(T3Row.class);

    private static final Map<FormatVersion, List<T3Row>> ROWS = new EnumMap<>(FormatVersion.class);
    private static final int MEMO_LIMIT = 20_000;
    private static final Map<FormatVersion, Map<String, Optional<Match<T3Row>>>> T3_MEMO = new EnumMap<>(FormatVersion.class);

    static {
        for (FormatVersion v : FormatVersion.values()) T3_MEMO.put(v, new ConcurrentHashMap<>());
    }

    /** Longer than any row label with its group label run onto it: prose, not a label. */
    static final int LONGEST_LABEL = 72;
    /** No row label's content (after its ordinal) is longer; longer text cannot name a row. */
    private static final int LONGEST_CONTENT = 48;

    static {
        for (T3Row row : T3Row.values()) CANONICAL_T3.put(row, Labels.split(Labels.normalise(row.label())));
        for (FormatVersion v : FormatVersion.values()) ROWS.put(v, T3Row.rowsOf(v));
    }


    /** V2021 then V2019 column headers of table 二, by normalised prefix; the first matching prefix wins. */
    private static final List<Map.Entry<String, String>> T2_COLUMNS = List.of(
            Map.entry("本年制发件数", "MADE"), Map.entry("本年废止件数", "REPEALED"), Map.entry("本年废件数", "REPEALED"),
            Map.entry("现行有效件", "VALID"), Map.entry("本年处理决定数量", "DECISIONS"), Map.entry("本年收费金额", "AMOUNT_WANYUAN"),
            Map.entry("本年新制作数量", "NEW_MADE"), Map.entry("本年新公开数量", "NEW_PUBLISHED"),
            Map.entry("对外公开总数量", "PUBLISHED_TOTAL"), Map.entry("上一年项目数量", "PREV_ITEMS"),
            Map.entry("本年增/", "CHANGE"), Map.entry("处理决定数量", "DECISIONS"), Map.entry("采购项目数量", "ITEMS"),
            Map.entry("采购总金额", "AMOUNT_WANYUAN"));

    /** The year some templates print inside a header: 本年(2023)制发件数, 本年（2023年）废止件数. */
    private static final Pattern YEAR_IN_HEADER = Pattern.compile("\\(\\d{4}年?度?\\)");

    /** Table 二 row labels, longest first so that 行政规范性文件 is not read as 规范性文件. */
    private static final List<Map.Entry<String, String>> T2_ROWS = List.of(
            Map.entry("其他对外管理服务事项", "OTHER_SERVICE"), Map.entry("行政规范性文件", "NORM"), Map.entry("行政事业性收费", "FEE"),
            Map.entry("政府集中采购", "PROCUREMENT"), Map.entry("规范性文件", "NORM"), Map.entry("行政许可", "LICENSE"),
            Map.entry("行政处罚", "PUNISH"), Map.entry("行政强制", "COERCE"), Map.entry("规章", "REG"));

    /** An ordinal inside a normalised label: where a row label may start after a group label. */
    private static final Pattern INNER_ORDINAL = Pattern.compile("\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+\\.|\\d{1,2}\\.(?!\\d)");

    private static final List<String> T4_GROUPS = List.of("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉");

    private TableLabels() {
    }

    /**
     * The words that start a label of table 二 or 三 wherever they stand, folded as {@link nianbao.parse.text.FoldedLine}
     * folds: block and header words, table 二's column and row labels, table 三's printed note. Longest first, so that
     * a shorter word inside a longer one (规范性文件 in 行政规范性文件) is not taken for a label of its own.
     */
    static List<String> inlineLabelWords() {
        return INLINE_WORDS;
    }

    private static final List<String> INLINE_WORDS = inlineWords();

    private static List<String> inlineWords() {
        List<String> words = new ArrayList<>(List.of("第二十条", "信息内容", "(本列"));
        T2_COLUMNS.forEach(e -> words.add(e.getKey()));
        T2_ROWS.forEach(e -> words.add(e.getKey()));
        words.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(words);
    }

    /**
     * The table-三 row of {@code version} this label names, or null. Group labels and column headers match nothing;
     * a group label run onto its row's label ({@code (三)不予公开1.属于国家秘密}) names the row.
     */
    static Match<T3Row> t3Row(String normalised, FormatVersion version) {
        if (normalised.length() > LONGEST_LABEL) return null;
        // the statutory labels recur in every report: remember the answer for short labels, up to a bound
        Map<String, Optional<Match<T3Row>>> memo = T3_MEMO.get(version);
        Optional<Match<T3Row>> known = memo.get(normalised);
        if (known != null) return known.orElse(null);
        Match<T3Row> match = t3RowUncached(normalised, version);
        if (memo.size() < MEMO_LIMIT) memo.put(normalised, Optional.ofNullable(match));
        return match;
    }

    private static Match<T3Row> t3RowUncached(String normalised, FormatVersion version) {
        Match<T3Row> whole = t3RowExactly(normalised, version);
        if (whole != null) return whole;
        if (normalised.indexOf('.', 1) < 0 && normalised.indexOf('(', 1) < 0) return null;
        Matcher ordinal = INNER_ORDINAL.matcher(normalised);
        int last = -1;
        while (ordinal.find()) if (ordinal.start() > 0) last = ordinal.start();
        return last > 0 ? t3RowExactly(normalised.substring(last), version) : null;
    }

    private static Match<T3Row> t3RowExactly(String normalised, FormatVersion version) {
        Labels.Parts written = Labels.split(normalised);
        String content = written.content();
        if (content.isEmpty() || content.length() > LONGEST_CONTENT) return null;
        boolean numbered = !written.ordinal().isEmpty();
        // digits in a label are values run onto it, not a typo: only a label of words is matched by its likeness
        boolean words = content.chars().noneMatch(Character::isDigit);
        Match<T3Row> prefixMatch = null;
        T3Row closest = null;
        int closestDistance = Integer.MAX_VALUE;
        boolean tied = false;
        for (T3Row row : ROWS.get(version)) {
            Labels.Parts canonical = CANONICAL_T3.get(row);
            boolean ordinalFits = numbered ? written.ordinal().equals(canonical.ordinal()) : content.length() >= MIN_PREFIX;
            if (!ordinalFits) continue;
            if (content.equals(canonical.content())) return new Match<>(row, false, false);
            // with its ordinal a row is named by a shorter start: （六）其他 is （六）其他处理 (OCR)
            int minPrefix = numbered ? MIN_PREFIX_NUMBERED : MIN_PREFIX;
            if (prefixMatch == null && content.length() >= minPrefix && canonical.content().startsWith(content)) {
                prefixMatch = new Match<>(row, true, true);
            }
            if (numbered && words) {
                int distance = editDistance(content, canonical.content());
                if (distance < closestDistance) {
                    closest = row;
                    closestDistance = distance;
                    tied = false;
                } else if (distance == closestDistance) {
                    tied = true;
                }
            }
        }
        if (prefixMatch != null) return prefixMatch;
        // a numbered label with characters lost or changed (a word dropped, a character misread by OCR): the one row of
        // that ordinal it is closest to, when at most a quarter of the label differs
        boolean nearEnough = closest != null && closestDistance <= Math.max(1, CANONICAL_T3.get(closest).content().length() / 4);
        return nearEnough && !tied ? new Match<>(closest, true, false) : null;
    }

    /** Levenshtein distance: characters inserted, deleted or replaced to turn {@code a} into {@code b}. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The table-二 row id (REG, NORM, …) this label names, or null; explanatory text in brackets may follow. */
    static String t2Row(String normalised) {
        for (Map.Entry<String, String> e : T2_ROWS) {
            String key = e.getKey();
            boolean named = normalised.startsWith(key)
                    && (normalised.length() == key.length() || normalised.charAt(key.length()) == '(');
            if (named) return e.getValue();
        }
        return null;
    }

    /** The table-二 column id this header names, or null. */
    static String t2Column(String normalised) {
        String header = normalised.indexOf('(') >= 0 ? YEAR_IN_HEADER.matcher(normalised).replaceFirst("") : normalised;
        for (Map.Entry<String, String> e : T2_COLUMNS) {
            if (header.startsWith(e.getKey())) return e.getValue();
        }
        return null;
    }

    /** The canonical header of a table-二 column in {@code version}, or null when the version has no such column. */
    static String t2ColumnLabel(FormatVersion version, String column) {
        return T2Cell.cellsOf(version).stream().filter(c -> c.column().equals(column)).map(T2Cell::columnLabel)
                .findFirst().orElse(null);
    }

    static String t2RowLabel(FormatVersion version, String row) {
        return T2Cell.cellsOf(version).stream().filter(c -> c.row().equals(row)).map(T2Cell::rowLabel)
                .findFirst().orElse(null);
    }

    static boolean isT4Group(String normalised) {
        return T4_GROUPS.contains(normalised);
    }

    /** A table-四 outcome header (结果维持, 总计…) or a truncation of one (结果, 尚未). */
    static boolean isT4Header(String normalised) {
        if (normalised.length() < 2) return false;
        for (T4Column c : T4Column.values()) {
            if (c.label().startsWith(normalised)) return true;
        }
        return false;
    }

    /** 第二十条第(一)项 … : the start of a table-二 block. */
    static boolean isT2Block(String normalised) {
        return normalised.startsWith("第二十条");
    }

    static boolean isT2HeaderStart(String normalised) {
        return normalised.equals("信息内容");
    }

    /** Section 三's heading, the printed note or the 申请人情况 header: the start of table 三. */
    static boolean isT3Start(String normalised) {
        return normalised.contains("勾稽关系") || normalised.equals("申请人情况")
                || (startsWithSection(normalised, "二三") && normalised.contains("收到和处理"));
    }

    /** Section 四's heading (any variant) or table 四's own top header. */
    static boolean isT4Start(String normalised) {
        return normalised.equals("行政复议") || (startsWithSection(normalised, "三四") && normalised.contains("复议"));
    }

    /** Section 五 or 六: the tables are over. */
    static boolean isAfterTables(String normalised) {
        return startsWithSection(normalised, "五六") && normalised.length() > 3;
    }

    /** {@code 五.…}: a section heading numbered with one of {@code numerals} (renumbered reports shift by one). */
    private static boolean startsWithSection(String normalised, String numerals) {
        return normalised.length() > 1 && normalised.charAt(1) == '.' && numerals.indexOf(normalised.charAt(0)) >= 0;
    }
}
