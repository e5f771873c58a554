package nianbao.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.parse.layout.Token;
import nianbao.parse.text.Numbers;
import nianbao.report.Cell;
import nianbao.report.LabelVariant;
import nianbao.report.SourceSpan;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.TableEquation;
import nianbao.report.tables.TableId;

/**
 * Table 三 (domain-spec §4): 25 (V2021) or 23 (V2019) rows of 7 values. Short rows are aligned by domain-spec §7,
 * rows of run-together digits split under their row sum — of several splits, the one the column equations single out
 * once every other row is known (domain-spec §7).
 */
final class TableThree {

    static final int WIDTH = T3Column.values().length;

    /** A row with several readings of its digit run; resolved once all other rows are known. */
    private record AmbiguousRow(T3Row row, List<List<Cell>> readings, SourceSpan span) {
    }

    private final TableSheet sheet;
    private final TableFour four;
    private final Set<T3Row> seen = EnumSet.noneOf(T3Row.class);
    private final Map<T3Row, SourceSpan> labelOnly = new EnumMap<>(T3Row.class);
    private final List<AmbiguousRow> ambiguous = new ArrayList<>();
    /** The fewest values a whole row of this table was printed with so far (0: none read yet). */
    private int fewestPrinted;

    /** @param four table 四, which a truncated table 三 may run on into */
    TableThree(TableSheet sheet, TableFour four) {
        this.sheet = sheet;
        this.four = four;
    }

    /**
     * A row label as written, noted when it matched only as a variant — not when it is the start of its label with
     * which the text ends (an excerpt cut inside the label wrote nothing wrong) or whose rest follows below (wrapped).
     */
    void rowLabel(Token token, TableLabels.Match<T3Row> match) {
        boolean cutOrWrapped = match.start()
                && (sheet.endsText(List.of(token)) || sheet.continuesBelow(token, match.target().label()));
        if (match.variant() && !cutOrWrapped) {
            sheet.variants.add(new LabelVariant("T3[" + match.target().id() + "]", token.text(), match.target().label(), token.span()));
        }
    }

    void close(T3Row row, Token label, List<Token> raw, boolean digitRun) {
        List<Token> values = sheet.trimEmpty(raw, WIDTH);
        // a row printed with its label and every cell empty (a ragged TAB table may print one column fewer, domain-spec
        // §7); more values than a row has, on later lines, are not its own: a header-less table 四 below it. The line
        // is looked at only for a row that may be such (most rows have their values)
        boolean mayBePrintedEmpty = values.isEmpty() || values.size() > WIDTH && values.get(0).line() > label.line();
        List<Integer> empty = mayBePrintedEmpty ? sheet.emptyCellsAfter(label) : List.of();
        if (empty.size() >= WIDTH - 1) {
            seen.add(row);
            if (!isRead(row)) sheet.putBlankRow(row.cells(), label.line(), empty);
            if (!values.isEmpty()) belowEmptyRow(row, values);
            return;
        }
        if (values.isEmpty()) {
            labelOnly.putIfAbsent(row, label.span());
            return;
        }
        seen.add(row);
        if (isRead(row)) {
            sheet.log.add("P-MISALIGNED", TableId.T3, "row " + row.id() + " repeated at line " + values.get(0).line() + ", first kept",
                    values.get(0).span(), List.of());
            return;
        }
        if (!four.isRead() && (values.size() == WIDTH + TableFour.WIDTH || values.size() == WIDTH + TableFour.WIDTH - 1)) {
            // no table-三 row has more than 7 values: the rest is table 四 run on from the last row, its heading and
            // header lost (a truncated table 三 flattened into one line), read as a header-less table 四
            four.read(values.subList(WIDTH, values.size()));
            values = values.subList(0, WIDTH);
        }
        List<CellRef> all = row.cells();
        int n = values.size();
        if (digitRun || ((n < WIDTH - 1 || TableSheet.hasLeadingZero(values)) && TableSheet.isDigitRun(values, WIDTH))) {
            readDigitRun(row, all, values);
            printed(WIDTH);
        } else if (n == WIDTH) {
            for (int i = 0; i < n; i++) sheet.put(all.get(i), values.get(i), 1.0);
            printed(WIDTH);
        } else if (sheet.stopsInside(values) || n < WIDTH && sheet.isCutOff(values, WIDTH)) {
            readCutRow(row, all, values, sheet.stopsInside(values));
        } else if (n == WIDTH - 1) {
            readSixValues(row, all, values);
            printed(n);
        } else {
            sheet.log.add("P-MISALIGNED", TableId.T3, n + " values for 7 columns in row " + row.id() + ", not read",
                    values.get(0).span(), all);
            printed(n);
        }
    }

    private void printed(int values) {
        fewestPrinted = fewestPrinted == 0 ? values : Math.min(fewestPrinted, values);
    }

    /**
     * A row the text ends in, with fewer values than columns: cut after them, or whole — printed without a column
     * (six values) or with its empty cells lost (one or two values, placeable nowhere). In column order only where
     * the table's whole rows printed every column and the text ends after the row's last line (a row cut on its last
     * line may end in half a number); otherwise only 自然人, when every reading puts the first value there: six values
     * or more, or a table whose whole rows printed no fewer than six. Otherwise nothing of the row is certain.
     */
    private void readCutRow(T3Row row, List<CellRef> all, List<Token> values, boolean insideLastLine) {
        int n = values.size();
        int read = fewestPrinted == WIDTH && !insideLastLine ? n : n >= WIDTH - 1 || fewestPrinted >= WIDTH - 1 ? 1 : 0;
        for (int i = 0; i < read; i++) sheet.put(all.get(i), values.get(i), 1.0);
        sheet.log.add("P-TRUNCATED", TableId.T3, "the text stops in row " + row.id() + " after " + n + " values; "
                + (read == n ? "all" : read == 1 ? "only the first" : "none") + " read", values.get(0).span(),
                all.subList(read, WIDTH));
    }

    /** Values below a row printed empty: table 四 when they count 15 (or 14) and it is unread, else not read. */
    private void belowEmptyRow(T3Row row, List<Token> values) {
        if (!four.isRead() && (values.size() == TableFour.WIDTH || values.size() == TableFour.WIDTH - 1)) {
            four.read(values);
        } else {
            sheet.log.add("P-MISALIGNED", TableId.T3, values.size() + " values below the empty row " + row.id() + ", not read",
                    values.get(0).span(), List.of());
        }
    }

    /**
     * domain-spec §7: first value = 自然人, last = 总计; one 法人 column is absent and we cannot tell which, so the four
     * middle values are aligned from the right. When they all read the same (written alike or not: 0 and ０, - and /),
     * their order cannot change any value
     * (§9.1 "nothing is lost"): they are certain and the unprinted column is blank. Otherwise they are inferred and
     * the absent column stays MISSING.
     */
    private void readSixValues(T3Row row, List<CellRef> all, List<Token> values) {
        boolean interchangeable = true;
        for (int i = 2; i <= 4; i++) interchangeable &= Numbers.sameReading(values.get(i).text(), values.get(1).text());
        sheet.put(all.get(0), values.get(0), 1.0);
        for (int i = 1; i <= 4; i++) sheet.put(all.get(i + 1), values.get(i), interchangeable ? 1.0 : TableSheet.INFERRED);
        if (interchangeable) sheet.put(Cell.blank(all.get(1), "", SourceSpan.NONE, 1.0));
        sheet.put(all.get(WIDTH - 1), values.get(WIDTH - 2), 1.0);
        sheet.log.add("P-MISALIGNED", TableId.T3, "6 values for 7 columns in row " + row.id()
                + (interchangeable ? " (the four 法人 values are equal: the unprinted column is read as blank)" : ""),
                values.get(0).span(), all.subList(1, WIDTH - 1));
    }

    private void readDigitRun(T3Row row, List<CellRef> refs, List<Token> values) {
        List<List<Cell>> readings = sheet.digitReadings(values, refs, digits -> DigitRuns.readings(digits, 1, WIDTH));
        if (readings.isEmpty() && !four.isRead() && readsOnIntoTableFour(row, refs, values)) return;
        if (readings.size() == 1) {
            sheet.put(readings.get(0), 1.0);
            sheet.noteDecoded(TableId.T3, "row " + row.id(), values.get(0).span(), refs);
        } else if (readings.isEmpty()) {
            sheet.log.add("P-AMBIGUOUS", TableId.T3, "no split of the digits of row " + row.id() + " satisfies 总计 = Σ",
                    values.get(0).span(), refs);
        } else {
            ambiguous.add(new AmbiguousRow(row, readings, values.get(0).span()));
        }
    }

    /** A run too long for a row, read as the row followed by table 四 (its heading and header lost). */
    private boolean readsOnIntoTableFour(T3Row row, List<CellRef> refs, List<Token> values) {
        List<CellRef> rowAndTableFour = new ArrayList<>(refs);
        rowAndTableFour.addAll(TableFour.CELLS);
        List<List<Cell>> runOn = sheet.digitReadings(values, rowAndTableFour, DigitRuns::rowThenTableFour);
        if (runOn.size() != 1) return false;
        sheet.put(runOn.get(0), 1.0);
        four.readAlready();
        sheet.noteDecoded(TableId.T3, "row " + row.id(), values.get(0).span(), refs);
        sheet.noteDecoded(TableId.T4, "run on from row " + row.id(), values.get(0).span(), TableFour.CELLS);
        return true;
    }

    /** After the last row: ambiguous rows resolved, an empty table blanked, lost and truncated rows named. */
    void finish() {
        resolveAmbiguousRows();
        List<T3Row> rows = T3Row.rowsOf(sheet.version);
        blankIfPrintedEmpty();
        for (T3Row r : rows) {
            if (labelOnly.containsKey(r) && !seen.contains(r)) {
                sheet.log.add("P-MISALIGNED", TableId.T3, "row " + r.id() + " label without values (merged with the next row)",
                        labelOnly.get(r), r.cells());
            }
        }
        noteTruncation(rows);
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
                sheet.put(fitting.get(0), TableSheet.DISAMBIGUATED);
                sheet.log.add("P-AMBIGUOUS", TableId.T3, "row " + a.row().id() + " splits as " + TableSheet.candidates(a.readings())
                        + "; the one satisfying the column equations taken", a.span(), refs);
            } else {
                sheet.log.add("P-AMBIGUOUS", TableId.T3, "row " + a.row().id() + " splits as " + TableSheet.candidates(a.readings())
                        + "; the column equations do not single one out", a.span(), refs);
            }
        }
    }

    private boolean satisfiesColumnEquations(List<Cell> reading) {
        T3Row row = T3Row.byId(reading.get(0).ref().row());
        Map<CellRef, BigDecimal> known = sheet.numbers();
        reading.forEach(c -> known.put(c.ref(), c.value()));
        int checked = 0;
        for (T3Column col : T3Column.values()) {
            List<TableEquation> equations = new ArrayList<>(2);
            if (row.isLeaf() || row == T3Row.R3_7) equations.add(TableEquation.outcomeTotal(sheet.version, col));
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

    /**
     * A table printed without a single figure — its labels there, every value cell empty, the empty cells lost with
     * the markup (web pages converted to text) — has its rows, and their cells are blank, not missing.
     */
    private void blankIfPrintedEmpty() {
        if (!seen.isEmpty() || labelOnly.isEmpty()) return;
        labelOnly.forEach((row, label) -> {
            SourceSpan after = new SourceSpan(label.endLine(), label.endColumn(), label.endLine(), label.endColumn());
            for (CellRef ref : row.cells()) sheet.put(Cell.blank(ref, "", after, 1.0));
        });
        seen.addAll(labelOnly.keySet());
    }

    private void noteTruncation(List<T3Row> rows) {
        int lastSeen = -1;
        for (int i = 0; i < rows.size(); i++) if (seen.contains(rows.get(i))) lastSeen = i;
        if (lastSeen < 0) {
            sheet.log.add("P-TRUNCATED", TableId.T3, "table not found", SourceSpan.NONE,
                    rows.stream().flatMap(r -> r.cells().stream()).toList());
        } else if (lastSeen < rows.size() - 1) {
            List<CellRef> lost = new ArrayList<>();
            for (T3Row r : rows.subList(lastSeen + 1, rows.size())) lost.addAll(r.cells());
            sheet.log.add("P-TRUNCATED", TableId.T3, "table ends after row " + rows.get(lastSeen).id(), SourceSpan.NONE, lost);
        }
    }

    /** Some cell of the row was read already (or awaits disambiguation): a later row with its label is ignored. */
    private boolean isRead(T3Row row) {
        for (CellRef ref : row.cells()) if (sheet.has(ref)) return true;
        for (AmbiguousRow a : ambiguous) if (a.row() == row) return true;
        return false;
    }
}
