package nianbao.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.parse.layout.LogicalRow;
import nianbao.parse.layout.RowGrouper;
import nianbao.parse.layout.Token;
import nianbao.parse.text.Labels;
import nianbao.report.Cell;
import nianbao.report.Diagnostic;
import nianbao.report.FormatVersion;
import nianbao.report.LabelVariant;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T2Cell;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.TableId;

/**
 * Reads tables 二, 三 and 四 from logical rows: follows which table the rows are in and hands each row, recognised
 * by its label (after normalisation), to the reader of its table ({@link TableTwo}, {@link TableThree},
 * {@link TableFour}, writing to one {@link TableSheet}); every catalogue cell of the version comes out, MISSING where
 * the document did not yield it. One instance reads one document.
 */
public final class TableReader {

    /**
     * @param concatenated true when at least one row was read by splitting a run of digits
     */
    public record Reading(List<Cell> cells, List<LabelVariant> labelVariants, List<Diagnostic> diagnostics,
                          boolean concatenated) {
    }

    private enum Table { NONE, T2, T3, T4 }

    /** A row label and the values that follow it; {@code digitRun} when the values ran onto the label in one cell. */
    private record Segment(TableId table, T3Row t3Row, String t2Row, Token label, List<Token> values, boolean digitRun) {
    }

    /** Longer than any row, column or heading label (with a group label run onto it and Hubei-style notes). */
    private static final int MAX_LABEL = 120;
    private static final Segment UNKNOWN_LABEL = new Segment(null, null, null, null, List.of(), false);

    private final TableSheet sheet;
    private final TableTwo two;
    private final TableFour four;
    private final TableThree three;
    private Table table = Table.NONE;

    /** The first token of the next row, taken as the second line of this row's wrapped label. */
    private Token continuationTaken;

    private TableReader(List<String> lines, FormatVersion version, boolean grid, Map<CellRef, BigDecimal> stated,
                        boolean openEnded) {
        this.sheet = new TableSheet(lines, version == FormatVersion.UNKNOWN ? FormatVersion.V2021 : version, grid,
                openEnded);
        this.two = new TableTwo(sheet, stated);
        this.four = new TableFour(sheet);
        this.three = new TableThree(sheet, four);
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
        return read(rows, lines, version, grid, stated, false);
    }

    /** @param openEnded the text may stop inside its last line ({@link RowGrouper#group(List, boolean, boolean)}) */
    public static Reading read(List<LogicalRow> rows, List<String> lines, FormatVersion version, boolean grid,
                               Map<CellRef, BigDecimal> stated, boolean openEnded) {
        TableReader reader = new TableReader(lines, version, grid, stated, openEnded);
        for (int i = 0; i < rows.size(); i++) reader.readRow(rows.get(i), i + 1 < rows.size() ? rows.get(i + 1) : null);
        return reader.finish();
    }

    /**
     * @param following the next logical row, whose first token may end this row's wrapped label (then it is not read
     *                  again there)
     */
    private void readRow(LogicalRow row, LogicalRow following) {
        Segment segment = null;
        List<Token> orphans = new ArrayList<>();
        Deque<Token> cells = new ArrayDeque<>(row.tokens());
        if (!cells.isEmpty() && cells.peek() == continuationTaken) cells.poll();
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
                Token second = secondLineOf(token, cells, following);
                if (second != null) {
                    if (second == cells.peek()) cells.poll();
                    else continuationTaken = second;
                    close(segment);
                    segment = onLabel(token, wrappedLabel(token, second), runLabels.contains(token));
                    continue;
                }
                Token firstPiece = FlattenedCells.first(token);
                if (firstPiece != null && startsWithRowLabel(firstPiece)) {
                    List<Token> pieces = FlattenedCells.split(token);
                    pieces.stream().filter(t -> !t.isValue()).forEach(runLabels::add);
                    for (int i = pieces.size() - 1; i >= 0; i--) cells.push(pieces.get(i));
                } else if (printedEmpty(segment)) {
                    // the row's own line printed its cells empty: values after an unknown label below are that
                    // label's row, not this one's
                    close(segment);
                    segment = null;
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
     * The second line of a wrapped row label: the next token of this row (the values below it) or, when only values
     * follow in this row, the first token of the next row (the values beside the label's first line); else null.
     */
    private Token secondLineOf(Token first, Deque<Token> cells, LogicalRow following) {
        Token next = cells.peek();
        if (wrappedLabel(first, next) != null) return next;
        if (cells.isEmpty() || !onlyValues(cells)) return null;
        Token below = following == null || following.tokens().isEmpty() ? null : following.tokens().get(0);
        return wrappedLabel(first, below) != null ? below : null;
    }

    private static boolean onlyValues(Deque<Token> cells) {
        for (Token t : cells) if (!t.isValue()) return false;
        return true;
    }

    /**
     * A row label wrapped onto the next line, as PDF text puts a long label cell ({@code 2.其他法律法规禁止} /
     * {@code 公开}): the two lines' text, normalised, when only together they name a row; else null.
     */
    private String wrappedLabel(Token first, Token second) {
        if (second == null || second.isValue() || second.line() <= first.line()) return null;
        // two paragraphs of prose, most often: too long for any row label but table 二's, told without normalising
        if (table != Table.T2 && Labels.joinedLongerThan(first.text(), second.text(), TableLabels.LONGEST_LABEL)) return null;
        String together = Labels.normaliseJoined(first.text(), second.text());
        return isRowLabel(together) && !isRowLabel(Labels.normalise(second.text())) ? together : null;
    }

    private boolean isRowLabel(String label) {
        return TableLabels.t3Row(label, sheet.version) != null || (table == Table.T2 && TableLabels.t2Row(label) != null);
    }

    /**
     * The open row has no value yet and its label's line holds nothing after the label but empty cells (TAB or pipe
     * separators) — unless the label as written is only the start of its row's label: wrapped in its cell, its rest
     * and values on a line below.
     */
    private boolean printedEmpty(Segment segment) {
        if (segment == null || !segment.values().isEmpty() || sheet.emptyCellsAfter(segment.label()).isEmpty()) return false;
        String canonical = segment.t3Row() != null ? segment.t3Row().label()
                : TableLabels.t2RowLabel(sheet.version, segment.t2Row());
        String written = Labels.normalise(segment.label().text());
        String whole = canonical == null ? "" : Labels.normalise(canonical);
        return !(whole.length() > written.length() && whole.startsWith(written));
    }

    /**
     * A cell is split into labels and digit runs only when it starts with a row label: an OCR header such as
     * {@code 数据1} must not turn into a value.
     */
    private boolean startsWithRowLabel(Token first) {
        if (first.isValue()) return false;
        return isRowLabel(Labels.normalise(first.text()));
    }

    /** Follows which table we are in; returns the segment a row label opens, null for other known labels,
     *  {@link #UNKNOWN_LABEL} for labels that mean nothing here. */
    private Segment onLabel(Token token, String label, boolean runsOn) {
        if (TableLabels.isAfterTables(label)) {
            if (table == Table.T4) four.closed();
            table = Table.NONE;
            return null;
        }
        if (TableLabels.isT4Start(label)) {
            table = Table.T4;
            four.opened();
            return null;
        }
        if (TableLabels.isT3Start(label)) {
            table = Table.T3;
            return null;
        }
        if (TableLabels.isT2Block(label) || (table == Table.T2 && TableLabels.isT2HeaderStart(label))) {
            table = Table.T2;
            two.blockStarts();
            return null;
        }
        if (table == Table.T2) {
            if (TableLabels.t2Column(label) != null) {
                two.headerWord(token, label);
                return null;
            }
            String t2Row = TableLabels.t2Row(label);
            if (t2Row != null) {
                two.rowLabel(token, label, t2Row);
                return new Segment(TableId.T2, null, t2Row, token, new ArrayList<>(), runsOn);
            }
        }
        TableLabels.Match<T3Row> t3 = TableLabels.t3Row(label, sheet.version);
        if (t3 != null) {
            table = Table.T3;
            three.rowLabel(token, t3);
            return new Segment(TableId.T3, t3.target(), null, token, new ArrayList<>(), runsOn);
        }
        if (table == Table.T4 && TableLabels.isT4Header(label)) {
            four.headerWord(token);
            return null;
        }
        return UNKNOWN_LABEL;
    }

    private void close(Segment segment) {
        if (segment == null) return;
        if (segment.table() == TableId.T3) three.close(segment.t3Row(), segment.label(), segment.values(), segment.digitRun());
        else two.close(segment.t2Row(), segment.label(), segment.values(), segment.digitRun());
    }

    /**
     * Values without a row label. After table 三, a row of 15 (or 14) values is table 四 whose heading and header
     * were lost (domain-spec §5, §9.5 qidong): no other row of these reports has that many values, and table 四's
     * columns have one statutory order, so the values are placed with full confidence.
     */
    private void onOrphans(List<Token> values) {
        if (values.stream().allMatch(v -> v.text().isEmpty())) return;
        boolean headerless = table == Table.T3 && (values.size() == TableFour.WIDTH || values.size() == TableFour.WIDTH - 1
                || (values.size() == 1 && TableSheet.digitCount(values) >= TableFour.WIDTH));
        if (!four.isRead() && (table == Table.T4 || headerless)) {
            four.read(values);
        } else if (table != Table.NONE) {
            sheet.log.add("P-MISALIGNED", table == Table.T2 ? TableId.T2 : table == Table.T4 ? TableId.T4 : TableId.T3,
                    "values without a row label at line " + values.get(0).line() + " ignored", values.get(0).span(), List.of());
        }
    }

    /** Every catalogue cell of the version, MISSING where the document did not yield it, and what was noted. */
    private Reading finish() {
        three.finish();
        four.finish();
        two.finish();
        List<Cell> out = new ArrayList<>();
        for (T2Cell c : T2Cell.cellsOf(sheet.version)) out.add(sheet.cellOrMissing(c.ref()));
        for (T3Row r : T3Row.rowsOf(sheet.version)) for (CellRef ref : r.cells()) out.add(sheet.cellOrMissing(ref));
        for (CellRef ref : TableFour.CELLS) out.add(sheet.cellOrMissing(ref));
        return new Reading(out, sheet.variants, sheet.log.diagnostics(), sheet.concatenated());
    }
}
