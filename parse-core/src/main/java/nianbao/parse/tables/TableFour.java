package nianbao.parse.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nianbao.parse.layout.Token;
import nianbao.parse.text.Labels;
import nianbao.report.Cell;
import nianbao.report.LabelVariant;
import nianbao.report.SourceSpan;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T4Column;
import nianbao.report.tables.TableId;

/**
 * Table 四 (domain-spec §5): one row of 15 values in the statutory column order, under a header whose words are only
 * noted for S-LABELS. Read once per document.
 */
final class TableFour {

    static final int WIDTH = T4Column.values().length;
    static final List<CellRef> CELLS = Arrays.stream(T4Column.values()).map(CellRef::t4).toList();

    private final TableSheet sheet;
    private final List<Token> header = new ArrayList<>();
    private boolean read;
    /** The heading or header was followed by section 五 or 六. */
    private boolean closed;

    TableFour(TableSheet sheet) {
        this.sheet = sheet;
    }

    boolean isRead() {
        return read;
    }

    void opened() {
        header.clear();
    }

    void headerWord(Token token) {
        header.add(token);
    }

    /** Section 五 or 六 follows table 四's heading. */
    void closed() {
        closed = true;
    }

    /** Cells split out of a run of digits elsewhere (a table-三 row the values ran on from). */
    void readAlready() {
        read = true;
    }

    void read(List<Token> raw) {
        read = true;
        List<Token> values = sheet.trimEmpty(raw, WIDTH);
        int n = values.size();
        if ((n < WIDTH - 1 || TableSheet.hasLeadingZero(values)) && TableSheet.isDigitRun(values, WIDTH)) {
            List<List<Cell>> readings = sheet.digitReadings(values, CELLS, digits -> DigitRuns.readings(digits, 3, 5));
            if (readings.size() == 1) {
                sheet.put(readings.get(0), 1.0);
                sheet.noteDecoded(TableId.T4, "the values", values.get(0).span(), CELLS);
            } else {
                sheet.log.add("P-AMBIGUOUS", TableId.T4, readings.size() + " splits of the digits satisfy the three 总计 = Σ",
                        values.get(0).span(), CELLS);
            }
        } else if (n == WIDTH) {
            for (int i = 0; i < n; i++) sheet.put(CELLS.get(i), values.get(i), 1.0);
        } else if (n < WIDTH && sheet.isCutOff(values, WIDTH)) {
            for (int i = 0; i < n; i++) sheet.put(CELLS.get(i), values.get(i), 1.0);
            sheet.log.add("P-TRUNCATED", TableId.T4, "cut off after " + n + " values", values.get(0).span(), CELLS.subList(n, WIDTH));
        } else if (n == WIDTH - 1) {
            // kunwu: the header and the values both stop before the last 总计; the 14 read left to right. Under a
            // header of three 总计, or none, the value left out may be any (a stray cell before them, an OCR slip)
            boolean headerStopsShort = totalsInHeader() == 2;
            for (int i = 0; i < n; i++) sheet.put(CELLS.get(i), values.get(i), headerStopsShort ? 1.0 : TableSheet.INFERRED);
            sheet.log.add("P-MISALIGNED", TableId.T4, "14 values for 15 columns, "
                    + (headerStopsShort ? "the last 总计 missing as in the header" : "placed left to right, inferred"),
                    values.get(0).span(), headerStopsShort ? CELLS.subList(n, WIDTH) : CELLS);
        } else {
            sheet.log.add("P-MISALIGNED", TableId.T4, n + " values for 15 columns, not read", values.get(0).span(), CELLS);
        }
        noteHeaderVariants();
    }

    private long totalsInHeader() {
        return header.stream().filter(t -> Labels.normalise(t.text()).equals(T4Column.RV_TOTAL.label())).count();
    }

    private void noteHeaderVariants() {
        T4Column[] columns = T4Column.values();
        for (int i = 0; i < Math.min(header.size(), columns.length); i++) {
            Token t = header.get(i);
            String written = Labels.normalise(t.text());
            if (!written.equals(columns[i].label()) && columns[i].label().startsWith(written)
                    && !sheet.continuesBelow(t, columns[i].label())) {
                sheet.variants.add(new LabelVariant(CellRef.t4(columns[i]).id(), t.text(), columns[i].label(), t.span()));
            }
        }
    }

    /**
     * After the last row: a table 四 whose header was followed by section 五 without a single figure was printed
     * empty (blank cells) — as many as the empty row under the header has, when it has 14 the last 总计 is missing as
     * in a 14-value row. A heading followed by section 五 without any header word has no table under it (a table
     * printed as an image, or prose only): that one, like one not found at all, is named by P-TRUNCATED.
     */
    void finish() {
        if (!read && closed && !header.isEmpty()) {
            List<Integer> empty = sheet.emptyRowBelow(header.get(header.size() - 1).line());
            int printed = empty.size() == WIDTH - 1 ? WIDTH - 1 : WIDTH;
            for (CellRef ref : CELLS.subList(0, printed)) sheet.put(Cell.blank(ref, "", SourceSpan.NONE, 1.0));
            if (printed < WIDTH) {
                sheet.log.add("P-MISALIGNED", TableId.T4, "an empty row of 14 cells for 15 columns, the last 总计 missing",
                        SourceSpan.NONE, CELLS.subList(printed, WIDTH));
            }
            read = true;
        }
        if (!read) sheet.log.add("P-TRUNCATED", TableId.T4, "table not found", SourceSpan.NONE, CELLS);
    }
}
