package nianbao.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.parse.layout.Token;
import nianbao.parse.text.Labels;
import nianbao.parse.text.Numbers;
import nianbao.report.Cell;
import nianbao.report.LabelVariant;
import nianbao.report.SourceSpan;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T2Cell;
import nianbao.report.tables.TableId;

/**
 * Table 二 (domain-spec §3): blocks of 第二十条 items, each with a header naming its columns and rows of counts or
 * money. Columns follow the header when it names them all, the statutory order otherwise.
 */
final class TableTwo {

    /** Leading characters a header shares with the canonical header it is a spelling of (本年废件数 / 本年废止件数). */
    private static final int SAME_HEADER_PREFIX = 2;

    private final TableSheet sheet;
    /** Cells whose value the narrative states (现行有效规范性文件19件). */
    private final Map<CellRef, BigDecimal> stated;
    private final List<Token> header = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    TableTwo(TableSheet sheet, Map<CellRef, BigDecimal> stated) {
        this.sheet = sheet;
        this.stated = stated;
    }

    /** 第二十条第(…)项 or 信息内容: a new block and its header begin. */
    void blockStarts() {
        header.clear();
    }

    /** A column header of the current block. */
    void headerWord(Token token, String label) {
        header.add(token);
        String canonical = TableLabels.t2ColumnLabel(sheet.version, TableLabels.t2Column(label));
        if (canonical == null) return;
        String normalised = Labels.normalise(canonical);
        // only a spelling of the same header is one: 本年收费金额 shares its column id with V2019's 采购总金额
        if (!normalised.equals(label) && label.startsWith(normalised.substring(0, SAME_HEADER_PREFIX))
                && !sheet.continuesBelow(token, canonical)) {
            sheet.variants.add(new LabelVariant("T2 header", token.text(), canonical, token.span()));
        }
    }

    /** A row label (规章, 行政许可…) as written. */
    void rowLabel(Token token, String label, String row) {
        String canonical = TableLabels.t2RowLabel(sheet.version, row);
        if (canonical != null && !Labels.normalise(canonical).equals(label) && !sheet.continuesBelow(token, canonical)) {
            sheet.variants.add(new LabelVariant("T2." + row, token.text(), canonical, token.span()));
        }
    }

    void close(String row, Token label, List<Token> raw, boolean digitRun) {
        List<T2Cell> catalogue = T2Cell.cellsOf(sheet.version).stream().filter(c -> c.row().equals(row)).toList();
        if (catalogue.isEmpty() || !seen.add(row)) return;
        List<Token> values = sheet.trimEmpty(raw, catalogue.size());
        if (values.isEmpty()) {
            List<Integer> empty = sheet.emptyCellsAfter(label);
            if (empty.size() >= catalogue.size()) {
                sheet.putBlankRow(catalogue.stream().map(T2Cell::ref).toList(), label.line(), empty);
            }
            return;
        }
        List<T2Cell> columns = headerOrder(catalogue);
        if (digitRun && catalogue.size() > 1) {
            readDigitRun(row, values, columns);
            return;
        }
        // a header of the other format over this row (a V2021 table with a 2019 header left in one block): the
        // values are placed by position in this version's columns, which the header contradicts
        Token foreign = foreignHeader(catalogue);
        // fewer values than columns where the text goes on (not an excerpt's end): which column the row left out
        // (an empty cell dropped with the label drift of ragged TAB rows, domain-spec §7) cannot be told
        boolean ragged = values.size() < columns.size() && !sheet.endsText(values);
        double confidence = foreign == null && !ragged ? 1.0 : TableSheet.INFERRED;
        for (int i = 0; i < Math.min(values.size(), columns.size()); i++) {
            T2Cell target = columns.get(i);
            Token v = values.get(i);
            Numbers.Reading reading = Numbers.read(v.text());
            if (target.kind() == T2Cell.Kind.MONEY && reading != null && (reading.yuan() || headerInYuan(target))) {
                sheet.put(Cell.number(target.ref(), v.text(), reading.value().movePointLeft(4), v.span(), confidence));
            } else {
                sheet.put(target.ref(), v, confidence);
            }
        }
        if (ragged) {
            sheet.log.add("P-MISALIGNED", TableId.T2, values.size() + " values for " + columns.size() + " columns in row "
                    + row + ": placed by position, inferred", values.get(0).span(), columns.stream().map(T2Cell::ref).toList());
        }
        if (foreign != null) {
            sheet.log.add("P-MISALIGNED", TableId.T2, "row " + row + " under the header “" + foreign.text()
                    + "”, not a column of " + sheet.version + ": values placed by position", foreign.span(),
                    columns.subList(0, Math.min(values.size(), columns.size())).stream().map(T2Cell::ref).toList());
        }
    }

    /** After the last row: a table 二 not found at all is named by P-TRUNCATED. */
    void finish() {
        if (seen.isEmpty()) {
            sheet.log.add("P-TRUNCATED", TableId.T2, "table not found", SourceSpan.NONE,
                    T2Cell.cellsOf(sheet.version).stream().map(T2Cell::ref).toList());
        }
    }

    /** The first header of the current block that names a column this row does not have in this version, or null. */
    private Token foreignHeader(List<T2Cell> catalogue) {
        for (Token h : header) {
            String column = TableLabels.t2Column(Labels.normalise(h.text()));
            if (column != null && catalogue.stream().noneMatch(c -> c.column().equals(column))) return h;
        }
        return null;
    }

    /**
     * domain-spec §7: table 二 has no sum constraint, so a run of digits over several cells is read only when a single
     * split into integers without leading zeros exists (`100` over three counts = 1, 0, 0), or exactly one split
     * agrees with what the narrative states (inferred then); signed changes and money cannot be told from digits at
     * all. Otherwise the row stays MISSING with P-AMBIGUOUS naming the candidates.
     */
    private void readDigitRun(String row, List<Token> values, List<T2Cell> columns) {
        sheet.markConcatenated();
        List<CellRef> refs = columns.stream().map(T2Cell::ref).toList();
        boolean countsOnly = columns.stream().allMatch(c -> c.kind() == T2Cell.Kind.COUNT);
        List<List<Cell>> readings = countsOnly && TableSheet.isDigitRun(values, columns.size())
                ? sheet.digitReadings(values, refs, digits -> DigitRuns.unsummedReadings(digits, columns.size()))
                : List.of();
        List<List<Cell>> agreeing = readings.stream().filter(this::agreesWithNarrative).toList();
        if (readings.size() == 1) {
            sheet.put(readings.get(0), 1.0);
        } else if (agreeing.size() == 1) {
            sheet.put(agreeing.get(0), TableSheet.DISAMBIGUATED);
            sheet.log.add("P-AMBIGUOUS", TableId.T2, "digits of row " + row + " run together and split as "
                    + TableSheet.candidates(readings) + "; the one the narrative states taken", values.get(0).span(), refs);
        } else {
            sheet.log.add("P-AMBIGUOUS", TableId.T2, "digits of row " + row + " run together"
                    + (readings.size() > 1 ? " and split as " + TableSheet.candidates(readings) : ""), values.get(0).span(), refs);
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

    /** The columns in the order the current header names them, when it names every column of this row and no other. */
    private List<T2Cell> headerOrder(List<T2Cell> catalogue) {
        List<T2Cell> ordered = new ArrayList<>();
        for (Token h : header) {
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
        for (Token h : header) {
            String n = Labels.normalise(h.text());
            if (target.column().equals(TableLabels.t2Column(n))) return n.contains("元") && !n.contains("万元");
        }
        return false;
    }
}
