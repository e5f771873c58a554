package nianbao.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nianbao.parse.layout.LogicalRow;
import nianbao.parse.layout.Token;
import nianbao.parse.text.Labels;
import nianbao.parse.text.Numbers;
import nianbao.parse.text.Whitespace;
import nianbao.report.Cell;
import nianbao.report.CellSemantic;
import nianbao.report.Diagnostic;
import nianbao.report.FormatVersion;
import nianbao.report.LabelVariant;
import nianbao.report.SourceSpan;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T2Cell;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.T4Column;
import nianbao.report.tables.TableEquation;
import nianbao.report.tables.TableId;

/**
 * Reads tables 二, 三 and 四 from logical rows: rows are recognised by their labels (after normalisation), values are
 * placed by the rules of domain-spec §7 (short rows aligned from the right, concatenated digits decoded under the sum
 * constraints) and every catalogue cell of the version comes out, MISSING where the document did not yield it.
 * One instance reads one document.
 */
public final class TableReader {

    /**
     * @param concatenated true when at least one row was read by splitting a run of digits
     */
    public record Reading(List<Cell> cells, List<LabelVariant> labelVariants, List<Diagnostic> diagnostics,
                          boolean concatenated) {
    }

    /** Confidence of the middle cells of a six-value row: which 法人 column is absent is not known. */
    static final double INFERRED = 0.6;
    /** Confidence of a concatenated-digit reading chosen among several by the column equations. */
    static final double DISAMBIGUATED = 0.8;

    /** Leading characters a header shares with the canonical header it is a spelling of (本年废件数 / 本年废止件数). */
    private static final int SAME_HEADER_PREFIX = 2;

    private static final int T3_WIDTH = T3Column.values().length;
    private static final int T4_WIDTH = T4Column.values().length;

    private enum Table { NONE, T2, T3, T4 }

    /** A row label and the values that follow it; {@code digitRun} when the values ran onto the label in one cell. */
    private record Segment(TableId table, T3Row t3Row, String t2Row, Token label, List<Token> values, boolean digitRun) {
    }

    /** A table-三 row with several readings of its digit run; resolved once all other rows are known. */
    private record AmbiguousRow(T3Row row, List<List<Cell>> readings, SourceSpan span) {
    }

    /** Longer than any row, column or heading label (with a group label run onto it and Hubei-style notes). */
    private static final int MAX_LABEL = 120;
    private static final Segment UNKNOWN_LABEL = new Segment(null, null, null, null, List.of(), false);

    private final List<String> lines;
    private final FormatVersion version;
    private final boolean grid;
    private final Map<CellRef, BigDecimal> stated;
    /** Sized for every cell of the three tables (about 230), so it never rehashes. */
    private final Map<CellRef, Cell> cells = new LinkedHashMap<>(512);
    private final List<LabelVariant> variants = new ArrayList<>();
    private final DiagnosticLog log = new DiagnosticLog();
    private final Set<T3Row> t3Seen = EnumSet.noneOf(T3Row.class);
    private final Map<T3Row, SourceSpan> t3LabelOnly = new EnumMap<>(T3Row.class);
    private final Set<String> t2Seen = new HashSet<>();
    private final List<AmbiguousRow> ambiguous = new ArrayList<>();
    private final List<Token> t2Header = new ArrayList<>();
    private final List<Token> t4Header = new ArrayList<>();
    private Table table = Table.NONE;
    private boolean t4Read;
    /** Table 四's heading or header was followed by section 五 or 六. */
    private boolean t4Closed;
    private boolean concatenated;

    private TableReader(List<String> lines, FormatVersion version, boolean grid, Map<CellRef, BigDecimal> stated) {
        this.lines = lines;
        this.version = version == FormatVersion.UNKNOWN ? FormatVersion.V2021 : version;
        this.grid = grid;
        this.stated = stated;
    }

    /**
     * @param lines   the normalised lines the rows were read from (line i at index i-1)
     * @param version the detected version (UNKNOWN reads as V2021, the current format)
     * @param grid    the rows come from rendered grids (HTML/DOCX/PDF tables)
     */
    public static Reading read(List<LogicalRow> rows, List<String> lines, FormatVersion version, boolean grid) {
        return read(rows, lines, version, grid, Map.of());
    }

    /**
     * @param stated cells whose value the narrative states (现行有效规范性文件19件): a table-二 run of digits that splits
     *               several ways is read the one way that agrees with them (domain-spec §7)
     */
    public static Reading read(List<LogicalRow> rows, List<String> lines, FormatVersion version, boolean grid,
                               Map<CellRef, BigDecimal> stated) {
        TableReader reader = new TableReader(lines, version, grid, stated);
        for (LogicalRow row : rows) reader.readRow(row);
        return reader.finish();
    }

    private void readRow(LogicalRow row) {
        Segment segment = null;
        List<Token> orphans = new ArrayList<>();
        Deque<Token> cells = new ArrayDeque<>(row.tokens());
        Set<Token> runLabels = new HashSet<>();
        while (!cells.isEmpty()) {
            Token token = cells.poll();
            if (token.isValue()) {
                if (segment != null) segment.values().add(token);
                else orphans.add(token);
                continue;
            }
            Table before = table;
            Segment next;
            if (token.text().length() > MAX_LABEL) {
                // prose, or a flattened row run together with the next ones: no label is this long
                next = UNKNOWN_LABEL;
            } else {
                String label = Labels.normalise(token.text());
                if (label.isEmpty()) continue;
                next = onLabel(token, label, runLabels.contains(token));
            }
            if (next == UNKNOWN_LABEL) {
                List<Token> pieces = FlattenedCells.split(token);
                if (!pieces.isEmpty() && startsWithRowLabel(pieces.get(0))) {
                    pieces.stream().filter(t -> !t.isValue()).forEach(runLabels::add);
                    for (int i = pieces.size() - 1; i >= 0; i--) cells.push(pieces.get(i));
                }
                continue;
            }
            if (next != null || table != before) {
                close(segment);
                segment = next;
            }
        }
        close(segment);
        if (!orphans.isEmpty()) onOrphans(orphans);
    }

    /**
     * A cell is split into labels and digit runs only when it starts with a row label: an OCR header such as
     * {@code 数据1} must not turn into a value.
     */
    private boolean startsWithRowLabel(Token first) {
        if (first.isValue()) return false;
        String label = Labels.normalise(first.text());
        return TableLabels.t3Row(label, version) != null || (table == Table.T2 && TableLabels.t2Row(label) != null);
    }

    /** Follows which table we are in; returns the segment a row label opens, null for other known labels,
     *  {@link #UNKNOWN_LABEL} for labels that mean nothing here. */
    private Segment onLabel(Token token, String label, boolean runsOn) {
        if (TableLabels.isAfterTables(label)) {
            t4Closed |= table == Table.T4;
            table = Table.NONE;
            return null;
        }
        if (TableLabels.isT4Start(label)) {
            table = Table.T4;
            t4Header.clear();
            return null;
        }
        if (TableLabels.isT3Start(label)) {
            table = Table.T3;
            return null;
        }
        if (TableLabels.isT2Block(label) || (table == Table.T2 && TableLabels.isT2HeaderStart(label))) {
            table = Table.T2;
            t2Header.clear();
            return null;
        }
        if (table == Table.T2) {
            if (TableLabels.t2Column(label) != null) {
                t2Header.add(token);
                noteT2HeaderVariant(token, label);
                return null;
            }
            String t2Row = TableLabels.t2Row(label);
            if (t2Row != null) {
                noteT2RowVariant(token, label, t2Row);
                return new Segment(TableId.T2, null, t2Row, token, new ArrayList<>(), runsOn);
            }
        }
        TableLabels.Match<T3Row> t3 = TableLabels.t3Row(label, version);
        if (t3 != null) {
            table = Table.T3;
            noteT3Variant(token, t3);
            return new Segment(TableId.T3, t3.target(), null, token, new ArrayList<>(), runsOn);
        }
        if (table == Table.T4 && TableLabels.isT4Header(label)) {
            t4Header.add(token);
            return null;
        }
        return UNKNOWN_LABEL;
    }

    private void close(Segment segment) {
        if (segment == null) return;
        if (segment.table() == TableId.T3) closeT3(segment);
        else closeT2(segment);
    }

    /**
     * Values without a row label. After table 三, a row of 15 (or 14) values is table 四 whose heading and header
     * were lost (domain-spec §5, §9.5 qidong): no other row of these reports has that many values, and table 四's
     * columns have one statutory order, so the values are placed with full confidence.
     */
    private void onOrphans(List<Token> values) {
        if (values.stream().allMatch(v -> v.text().isEmpty())) return;
        boolean headerless = table == Table.T3 && (values.size() == T4_WIDTH || values.size() == T4_WIDTH - 1
                || (values.size() == 1 && digitCount(values) >= T4_WIDTH));
        if (!t4Read && (table == Table.T4 || headerless)) {
            readT4(values);
        } else if (table != Table.NONE) {
            log.add("P-MISALIGNED", table == Table.T2 ? TableId.T2 : table == Table.T4 ? TableId.T4 : TableId.T3,
                    "values without a row label at line " + values.get(0).line() + " ignored", values.get(0).span(), List.of());
        }
    }

    // ---- table 三

    private void closeT3(Segment segment) {
        T3Row row = segment.t3Row();
        List<Token> values = trimEmpty(segment.values(), T3_WIDTH);
        if (values.isEmpty()) {
            List<Integer> empty = emptyCellsAfter(segment.label());
            // a ragged TAB table may print one column fewer (domain-spec §7)
            if (empty.size() >= T3_WIDTH - 1) {
                t3Seen.add(row);
                if (!isRead(row)) putBlankRow(row.cells(), segment.label().line(), empty);
            } else {
                t3LabelOnly.putIfAbsent(row, segment.label().span());
            }
            return;
        }
        t3Seen.add(row);
        if (isRead(row)) {
            log.add("P-MISALIGNED", TableId.T3, "row " + row.id() + " repeated at line " + values.get(0).line() + ", first kept",
                    values.get(0).span(), List.of());
            return;
        }
        if (!t4Read && (values.size() == T3_WIDTH + T4_WIDTH || values.size() == T3_WIDTH + T4_WIDTH - 1)) {
            // no table-三 row has more than 7 values: the rest is table 四 run on from the last row, its heading and
            // header lost (a truncated table 三 flattened into one line), read as a header-less table 四 (onOrphans)
            readT4(values.subList(T3_WIDTH, values.size()));
            values = values.subList(0, T3_WIDTH);
        }
        List<CellRef> all = row.cells();
        int n = values.size();
        if (segment.digitRun() || ((n < T3_WIDTH - 1 || hasLeadingZero(values)) && isDigitRun(values, T3_WIDTH))) {
            readT3DigitRun(row, all, values);
        } else if (n == T3_WIDTH) {
            for (int i = 0; i < n; i++) put(all.get(i), values.get(i), 1.0);
        } else if (n < T3_WIDTH && isCutOff(values, T3_WIDTH)) {
            for (int i = 0; i < n; i++) put(all.get(i), values.get(i), 1.0);
            log.add("P-TRUNCATED", TableId.T3, "row " + row.id() + " cut off after " + n + " values",
                    values.get(0).span(), all.subList(n, T3_WIDTH));
        } else if (n == T3_WIDTH - 1) {
            // domain-spec §7: first value = 自然人, last = 总计; one 法人 column is absent and we cannot tell which,
            // so the four middle values are aligned from the right. When they are all the same, their order cannot
            // change any value (§9.1 "nothing is lost"): they are certain and the unprinted column is blank. Otherwise
            // they are inferred and the absent column stays MISSING.
            boolean interchangeable = true;
            for (int i = 2; i <= 4; i++) interchangeable &= values.get(i).text().equals(values.get(1).text());
            put(all.get(0), values.get(0), 1.0);
            for (int i = 1; i <= 4; i++) put(all.get(i + 1), values.get(i), interchangeable ? 1.0 : INFERRED);
            if (interchangeable) cells.put(all.get(1), Cell.blank(all.get(1), "", SourceSpan.NONE, 1.0));
            put(all.get(T3_WIDTH - 1), values.get(n - 1), 1.0);
            log.add("P-MISALIGNED", TableId.T3, "6 values for 7 columns in row " + row.id()
                    + (interchangeable ? " (the four 法人 values are equal: the unprinted column is read as blank)" : ""),
                    values.get(0).span(), all.subList(1, T3_WIDTH - 1));
        } else {
            log.add("P-MISALIGNED", TableId.T3, n + " values for 7 columns in row " + row.id() + ", not read",
                    values.get(0).span(), all);
        }
    }

    private void readT3DigitRun(T3Row row, List<CellRef> refs, List<Token> values) {
        concatenated = true;
        List<List<Cell>> readings = digitReadings(values, refs, digits -> DigitRuns.readings(digits, 1, T3_WIDTH));
        if (readings.isEmpty() && !t4Read) {
            List<CellRef> rowAndTableFour = new ArrayList<>(refs);
            Arrays.stream(T4Column.values()).map(CellRef::t4).forEach(rowAndTableFour::add);
            List<List<Cell>> runOn = digitReadings(values, rowAndTableFour, DigitRuns::rowThenTableFour);
            if (runOn.size() == 1) {
                runOn.get(0).forEach(c -> cells.put(c.ref(), c));
                t4Read = true;
                noteDecoded(TableId.T3, "row " + row.id(), values.get(0).span(), refs);
                noteDecoded(TableId.T4, "run on from row " + row.id(), values.get(0).span(), rowAndTableFour.subList(T3_WIDTH, rowAndTableFour.size()));
                return;
            }
        }
        if (readings.size() == 1) {
            readings.get(0).forEach(c -> cells.put(c.ref(), c));
            noteDecoded(TableId.T3, "row " + row.id(), values.get(0).span(), refs);
        } else if (readings.isEmpty()) {
            log.add("P-AMBIGUOUS", TableId.T3, "no split of the digits of row " + row.id() + " satisfies 总计 = Σ",
                    values.get(0).span(), refs);
        } else {
            ambiguous.add(new AmbiguousRow(row, readings, values.get(0).span()));
        }
    }

    /**
     * Cells split out of a run of digits by the one reading that satisfies each group's 总计 = Σ: read as certain, but
     * the row sums (T3-ROWSUM, T4's three totals) were used to read them and so cannot also check them.
     */
    private void noteDecoded(TableId table, String what, SourceSpan span, List<CellRef> refs) {
        log.add("P-DECODED", table, what + ": digits run together, split by 总计 = Σ", span, refs);
    }

    /**
     * domain-spec §7: of several readings of a row, take the one that satisfies the column equations
     * (T3-BALANCE, T3-OUTCOME-TOTAL) with the rows read unambiguously; otherwise leave the row MISSING.
     */
    private void resolveAmbiguousRows() {
        for (AmbiguousRow a : ambiguous) {
            List<List<Cell>> fitting = a.readings().stream().filter(this::satisfiesColumnEquations).toList();
            List<CellRef> refs = a.readings().get(0).stream().map(Cell::ref).toList();
            if (fitting.size() == 1) {
                fitting.get(0).forEach(c -> cells.put(c.ref(), withConfidence(c, DISAMBIGUATED)));
                log.add("P-AMBIGUOUS", TableId.T3, "row " + a.row().id() + " splits as " + candidates(a.readings())
                        + "; the one satisfying the column equations taken", a.span(), refs);
            } else {
                log.add("P-AMBIGUOUS", TableId.T3, "row " + a.row().id() + " splits as " + candidates(a.readings())
                        + "; the column equations do not single one out", a.span(), refs);
            }
        }
    }

    private boolean satisfiesColumnEquations(List<Cell> reading) {
        T3Row row = T3Row.byId(reading.get(0).ref().row());
        Map<CellRef, BigDecimal> known = new HashMap<>();
        cells.forEach((ref, c) -> { if (c.isNumber()) known.put(ref, c.value()); });
        reading.forEach(c -> known.put(c.ref(), c.value()));
        int checked = 0;
        for (T3Column col : T3Column.values()) {
            List<TableEquation> equations = new ArrayList<>(2);
            if (row.isLeaf() || row == T3Row.R3_7) equations.add(TableEquation.outcomeTotal(version, col));
            if (row == T3Row.R1 || row == T3Row.R2 || row == T3Row.R3_7 || row == T3Row.R4) equations.add(TableEquation.balance(col));
            for (TableEquation eq : equations) {
                Boolean holds = eq.holds(known::get);
                if (holds == null) continue;
                if (!holds) return false;
                checked++;
            }
        }
        return checked > 0;
    }

    // ---- table 四

    private void readT4(List<Token> raw) {
        t4Read = true;
        List<Token> values = trimEmpty(raw, T4_WIDTH);
        List<CellRef> refs = Arrays.stream(T4Column.values()).map(CellRef::t4).toList();
        int n = values.size();
        if ((n < T4_WIDTH - 1 || hasLeadingZero(values)) && isDigitRun(values, T4_WIDTH)) {
            concatenated = true;
            List<List<Cell>> readings = digitReadings(values, refs, digits -> DigitRuns.readings(digits, 3, 5));
            if (readings.size() == 1) {
                readings.get(0).forEach(c -> cells.put(c.ref(), c));
                noteDecoded(TableId.T4, "the values", values.get(0).span(), refs);
            } else {
                log.add("P-AMBIGUOUS", TableId.T4, readings.size() + " splits of the digits satisfy the three 总计 = Σ",
                        values.get(0).span(), refs);
            }
        } else if (n == T4_WIDTH) {
            for (int i = 0; i < n; i++) put(refs.get(i), values.get(i), 1.0);
        } else if (n < T4_WIDTH && isCutOff(values, T4_WIDTH)) {
            for (int i = 0; i < n; i++) put(refs.get(i), values.get(i), 1.0);
            log.add("P-TRUNCATED", TableId.T4, "cut off after " + n + " values", values.get(0).span(), refs.subList(n, T4_WIDTH));
        } else if (n == T4_WIDTH - 1) {
            // kunwu: the header and the values both stop before the last 总计; the 14 read left to right.
            for (int i = 0; i < n; i++) put(refs.get(i), values.get(i), 1.0);
            log.add("P-MISALIGNED", TableId.T4, "14 values for 15 columns, the last 总计 missing", values.get(0).span(),
                    refs.subList(n, T4_WIDTH));
        } else {
            log.add("P-MISALIGNED", TableId.T4, n + " values for 15 columns, not read", values.get(0).span(), refs);
        }
        noteT4HeaderVariants();
    }

    private void noteT4HeaderVariants() {
        T4Column[] columns = T4Column.values();
        for (int i = 0; i < Math.min(t4Header.size(), columns.length); i++) {
            Token t = t4Header.get(i);
            String written = Labels.normalise(t.text());
            if (!written.equals(columns[i].label()) && columns[i].label().startsWith(written)) {
                variants.add(new LabelVariant(CellRef.t4(columns[i]).id(), t.text(), columns[i].label(), t.span()));
            }
        }
    }

    // ---- table 二

    private void closeT2(Segment segment) {
        List<T2Cell> catalogue = T2Cell.cellsOf(version).stream().filter(c -> c.row().equals(segment.t2Row())).toList();
        if (catalogue.isEmpty() || !t2Seen.add(segment.t2Row())) return;
        List<Token> values = trimEmpty(segment.values(), catalogue.size());
        if (values.isEmpty()) {
            List<Integer> empty = emptyCellsAfter(segment.label());
            if (empty.size() >= catalogue.size()) {
                putBlankRow(catalogue.stream().map(T2Cell::ref).toList(), segment.label().line(), empty);
            }
            return;
        }
        List<T2Cell> columns = headerOrder(catalogue);
        if (segment.digitRun() && catalogue.size() > 1) {
            readT2DigitRun(segment, columns);
            return;
        }
        // a header of the other format over this row (a V2021 table with a 2019 header left in one block): the
        // values are placed by position in this version's columns, which the header contradicts
        Token foreign = foreignHeader(catalogue);
        double confidence = foreign == null ? 1.0 : INFERRED;
        for (int i = 0; i < Math.min(values.size(), columns.size()); i++) {
            T2Cell target = columns.get(i);
            Token v = values.get(i);
            Numbers.Reading reading = Numbers.read(v.text());
            if (target.kind() == T2Cell.Kind.MONEY && reading != null && (reading.yuan() || headerInYuan(target))) {
                cells.put(target.ref(), Cell.number(target.ref(), v.text(), reading.value().movePointLeft(4), v.span(), confidence));
            } else {
                put(target.ref(), v, confidence);
            }
        }
        if (foreign != null) {
            log.add("P-MISALIGNED", TableId.T2, "row " + segment.t2Row() + " under the header “" + foreign.text()
                    + "”, not a column of " + version + ": values placed by position", foreign.span(),
                    columns.subList(0, Math.min(values.size(), columns.size())).stream().map(T2Cell::ref).toList());
        }
    }

    /** The first header of the current block that names a column this row does not have in this version, or null. */
    private Token foreignHeader(List<T2Cell> catalogue) {
        for (Token h : t2Header) {
            String column = TableLabels.t2Column(Labels.normalise(h.text()));
            if (column != null && catalogue.stream().noneMatch(c -> c.column().equals(column))) return h;
        }
        return null;
    }

    /**
     * domain-spec §7: table 二 has no sum constraint, so a run of digits over several cells is read only when a single
     * split into integers without leading zeros exists (`100` over three counts = 1, 0, 0); signed changes and money
     * cannot be told from digits at all. Otherwise the row stays MISSING with P-AMBIGUOUS.
     */
    private void readT2DigitRun(Segment segment, List<T2Cell> columns) {
        concatenated = true;
        List<Token> values = segment.values();
        List<CellRef> refs = columns.stream().map(T2Cell::ref).toList();
        boolean countsOnly = columns.stream().allMatch(c -> c.kind() == T2Cell.Kind.COUNT);
        List<List<Cell>> readings = countsOnly && isDigitRun(values, columns.size())
                ? digitReadings(values, refs, digits -> DigitRuns.unsummedReadings(digits, columns.size()))
                : List.of();
        List<List<Cell>> agreeing = readings.stream().filter(this::agreesWithNarrative).toList();
        if (readings.size() == 1) {
            readings.get(0).forEach(c -> cells.put(c.ref(), c));
        } else if (agreeing.size() == 1) {
            agreeing.get(0).forEach(c -> cells.put(c.ref(), withConfidence(c, DISAMBIGUATED)));
            log.add("P-AMBIGUOUS", TableId.T2, "digits of row " + segment.t2Row() + " run together and split as "
                    + candidates(readings) + "; the one the narrative states taken", values.get(0).span(), refs);
        } else {
            log.add("P-AMBIGUOUS", TableId.T2, "digits of row " + segment.t2Row() + " run together"
                    + (readings.size() > 1 ? " and split as " + candidates(readings) : ""), values.get(0).span(), refs);
        }
    }

    /** The reading names a cell whose value the narrative states, and agrees with every such statement. */
    private boolean agreesWithNarrative(List<Cell> reading) {
        boolean named = false;
        for (Cell c : reading) {
            BigDecimal said = stated.get(c.ref());
            if (said == null) continue;
            if (said.compareTo(c.value()) != 0) return false;
            named = true;
        }
        return named;
    }

    /** Readings as the supervisor would write them: {@code 3/2/19, 3/21/9}. */
    private static String candidates(List<List<Cell>> readings) {
        return readings.stream().map(r -> r.stream().map(c -> c.value().toPlainString()).collect(Collectors.joining("/")))
                .collect(Collectors.joining(", "));
    }

    /** The columns in the order the current header names them, when it names every column of this row and no other. */
    private List<T2Cell> headerOrder(List<T2Cell> catalogue) {
        List<T2Cell> ordered = new ArrayList<>();
        for (Token h : t2Header) {
            String column = TableLabels.t2Column(Labels.normalise(h.text()));
            T2Cell c = catalogue.stream().filter(x -> x.column().equals(column)).findFirst().orElse(null);
            if (c == null || ordered.contains(c)) return catalogue;
            ordered.add(c);
        }
        // a header that names only some columns says nothing of where the others stand
        return ordered.size() == catalogue.size() ? ordered : catalogue;
    }

    /** The header over this money column says 元 (not 万元). */
    private boolean headerInYuan(T2Cell target) {
        for (Token h : t2Header) {
            String n = Labels.normalise(h.text());
            if (target.column().equals(TableLabels.t2Column(n))) return n.contains("元") && !n.contains("万元");
        }
        return false;
    }

    /**
     * A header spelled otherwise than the version's (本年废件数, a unit note). Only a spelling of the same header (same
     * first characters) is one: 本年收费金额 shares its column id with V2019's 采购总金额 but is another header.
     */
    private void noteT2HeaderVariant(Token token, String label) {
        String canonical = TableLabels.t2ColumnLabel(version, TableLabels.t2Column(label));
        if (canonical == null) return;
        String normalised = Labels.normalise(canonical);
        if (!normalised.equals(label) && label.startsWith(normalised.substring(0, SAME_HEADER_PREFIX))) {
            variants.add(new LabelVariant("T2 header", token.text(), canonical, token.span()));
        }
    }

    private void noteT2RowVariant(Token token, String label, String row) {
        String canonical = TableLabels.t2RowLabel(version, row);
        if (canonical != null && !Labels.normalise(canonical).equals(label)) {
            variants.add(new LabelVariant("T2." + row, token.text(), canonical, token.span()));
        }
    }

    private void noteT3Variant(Token token, TableLabels.Match<T3Row> match) {
        if (match.variant()) {
            variants.add(new LabelVariant("T3[" + match.target().id() + "]", token.text(), match.target().label(), token.span()));
        }
    }

    // ---- cells

    /**
     * Where the empty cells after a row label start (1-based columns), when nothing but cell separators follows the
     * label on its line: a row printed with its label and every cell empty (`| 1.属于国家秘密 | | | | | | | |`, a TAB
     * row of empty cells) is there, its cells blank. Empty when other text follows, or when no separator marks the
     * cells (a PDF prints nothing for an empty cell).
     */
    private List<Integer> emptyCellsAfter(Token label) {
        String line = lines.get(label.line() - 1);
        List<Integer> starts = new ArrayList<>();
        for (int i = label.column() - 1 + label.text().length(); i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t' || c == '|') starts.add(i + 2);
            else if (!Whitespace.is(c)) return List.of();
        }
        // a closing pipe ends the row and opens no cell
        if (!starts.isEmpty() && line.strip().endsWith("|")) starts.remove(starts.size() - 1);
        return starts;
    }

    /** The row's cells as BLANK, each at the empty cell in its place (the last one for cells beyond them). */
    private void putBlankRow(List<CellRef> refs, int line, List<Integer> emptyCells) {
        for (int i = 0; i < refs.size(); i++) {
            int column = emptyCells.get(Math.min(i, emptyCells.size() - 1));
            cells.put(refs.get(i), Cell.blank(refs.get(i), "", SourceSpan.onLine(line, column, 0), 1.0));
        }
    }

    private void put(CellRef ref, Token v, double confidence) {
        Cell cell = switch (v.kind()) {
            case NUMBER -> Cell.number(ref, v.text(), Numbers.read(v.text()).value(), v.span(), confidence);
            case BLANK -> Cell.blank(ref, v.text(), v.span(), confidence);
            default -> new Cell(ref, v.text(), null, CellSemantic.TEXT, v.span(), confidence);
        };
        cells.put(ref, cell);
    }

    private static Cell withConfidence(Cell c, double confidence) {
        return new Cell(c.ref(), c.raw(), c.value(), c.semantic(), c.span(), confidence);
    }

    /**
     * Readings of a run of digits (one token, or several on one line whose spaces are unreliable) as cells whose
     * spans point at their digits in the text.
     */
    private List<List<Cell>> digitReadings(List<Token> values, List<CellRef> refs, Function<String, List<int[]>> splits) {
        Token first = values.get(0);
        Token last = values.get(values.size() - 1);
        String line = lines.get(first.line() - 1);
        StringBuilder digits = new StringBuilder();
        List<Integer> columns = new ArrayList<>();
        for (int i = first.column() - 1; i < last.column() - 1 + last.text().length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                digits.append(line.charAt(i));
                columns.add(i + 1);
            }
        }
        List<List<Cell>> out = new ArrayList<>();
        for (int[] lengths : splits.apply(digits.toString())) {
            List<Cell> reading = new ArrayList<>();
            int at = 0;
            for (int p = 0; p < lengths.length; p++) {
                int from = columns.get(at);
                int to = columns.get(at + lengths[p] - 1) + 1;
                String raw = line.substring(from - 1, to - 1);
                BigDecimal value = new BigDecimal(digits.substring(at, at + lengths[p]));
                reading.add(Cell.number(refs.get(p), raw, value, new SourceSpan(first.line(), from, first.line(), to), 1.0));
                at += lengths[p];
            }
            out.add(reading);
        }
        return out;
    }

    /**
     * A row's values without the empty cells beyond the table's width: at the end in any layout (empty columns after
     * the values, a pipe closing a row of one-cell lines), at the start only in grids (unused label columns).
     */
    private List<Token> trimEmpty(List<Token> values, int width) {
        List<Token> out = new ArrayList<>(values);
        while (out.size() > width && out.get(out.size() - 1).text().isEmpty()) out.remove(out.size() - 1);
        while (grid && out.size() > width && out.get(0).text().isEmpty()) out.remove(0);
        return out;
    }

    /** Digits only, all on one line, at least one per column: a candidate for concatenated-digit decoding. */
    private static boolean isDigitRun(List<Token> values, int width) {
        if (digitCount(values) < width) return false;
        int line = values.get(0).line();
        for (Token t : values) {
            if (t.line() != line || t.text().isBlank() || !t.text().chars().allMatch(c -> Character.isDigit(c) || c == ' ')) return false;
        }
        return true;
    }

    private static boolean hasLeadingZero(List<Token> values) {
        for (Token t : values) if (t.text().length() > 1 && t.text().charAt(0) == '0') return true;
        return false;
    }

    private static int digitCount(List<Token> values) {
        int digits = 0;
        for (Token t : values) {
            for (int i = 0; i < t.text().length(); i++) if (Character.isDigit(t.text().charAt(i))) digits++;
        }
        return digits;
    }

    /**
     * Values that run to the end of the text, spread over several lines or too few for a short row: the row was cut,
     * not misaligned.
     */
    private boolean isCutOff(List<Token> values, int width) {
        int lastLine = values.get(values.size() - 1).line();
        if (lastLine == values.get(0).line() && values.size() >= width - 1) return false;
        for (int i = lastLine; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) return false;
        }
        return true;
    }

    // ---- result

    private Reading finish() {
        resolveAmbiguousRows();
        blankEmptyTables();
        List<Cell> out = new ArrayList<>();
        for (T2Cell c : T2Cell.cellsOf(version)) out.add(cellOrMissing(c.ref()));
        List<T3Row> rows = T3Row.rowsOf(version);
        for (T3Row r : rows) for (CellRef ref : r.cells()) out.add(cellOrMissing(ref));
        for (T4Column c : T4Column.values()) out.add(cellOrMissing(CellRef.t4(c)));

        for (T3Row r : rows) {
            if (t3LabelOnly.containsKey(r) && !t3Seen.contains(r)) {
                log.add("P-MISALIGNED", TableId.T3, "row " + r.id() + " label without values (merged with the next row)",
                        t3LabelOnly.get(r), r.cells());
            }
        }
        noteTruncation(rows);
        return new Reading(out, variants, log.diagnostics(), concatenated);
    }

    /**
     * A table printed without a single figure — its labels there, every value cell empty, the empty cells lost with
     * the markup (web pages converted to text) — has its rows, and their cells are blank, not missing.
     */
    private void blankEmptyTables() {
        if (t3Seen.isEmpty() && !t3LabelOnly.isEmpty()) {
            t3LabelOnly.forEach((row, label) -> {
                SourceSpan after = new SourceSpan(label.endLine(), label.endColumn(), label.endLine(), label.endColumn());
                for (CellRef ref : row.cells()) cells.put(ref, Cell.blank(ref, "", after, 1.0));
            });
            t3Seen.addAll(t3LabelOnly.keySet());
        }
        if (!t4Read && t4Closed) {
            for (T4Column c : T4Column.values()) cells.put(CellRef.t4(c), Cell.blank(CellRef.t4(c), "", SourceSpan.NONE, 1.0));
            t4Read = true;
        }
    }

    private void noteTruncation(List<T3Row> rows) {
        if (t2Seen.isEmpty()) {
            log.add("P-TRUNCATED", TableId.T2, "table not found", SourceSpan.NONE,
                    T2Cell.cellsOf(version).stream().map(T2Cell::ref).toList());
        }
        int lastSeen = -1;
        for (int i = 0; i < rows.size(); i++) if (t3Seen.contains(rows.get(i))) lastSeen = i;
        if (lastSeen < 0) {
            log.add("P-TRUNCATED", TableId.T3, "table not found", SourceSpan.NONE,
                    rows.stream().flatMap(r -> r.cells().stream()).toList());
        } else if (lastSeen < rows.size() - 1) {
            List<CellRef> lost = new ArrayList<>();
            for (T3Row r : rows.subList(lastSeen + 1, rows.size())) lost.addAll(r.cells());
            log.add("P-TRUNCATED", TableId.T3, "table ends after row " + rows.get(lastSeen).id(), SourceSpan.NONE, lost);
        }
        if (!t4Read) {
            log.add("P-TRUNCATED", TableId.T4, "table not found", SourceSpan.NONE,
                    Arrays.stream(T4Column.values()).map(CellRef::t4).toList());
        }
    }

    /** Some cell of the row was read already (or awaits disambiguation): a later row with its label is ignored. */
    private boolean isRead(T3Row row) {
        for (CellRef ref : row.cells()) if (cells.containsKey(ref)) return true;
        for (AmbiguousRow a : ambiguous) if (a.row() == row) return true;
        return false;
    }

    private Cell cellOrMissing(CellRef ref) {
        Cell c = cells.get(ref);
        return c != null ? c : Cell.missing(ref);
    }
}
