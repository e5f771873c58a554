package nianbao.parse.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nianbao.parse.layout.Token;
import nianbao.parse.text.Labels;
import nianbao.parse.text.Numbers;
import nianbao.parse.text.Whitespace;
import nianbao.report.Cell;
import nianbao.report.CellSemantic;
import nianbao.report.FormatVersion;
import nianbao.report.LabelVariant;
import nianbao.report.SourceSpan;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.TableId;

/**
 * What the readers of tables 二/三/四 write for one document — cells, label variants, diagnostics — and the cell
 * placing they share: values as cells, empty cells, and runs of digits split into cells whose spans point at their
 * digits.
 */
final class TableSheet {

    /** Confidence of cells whose column was inferred (a short row, a header of the other format). */
    static final double INFERRED = 0.6;
    /** Confidence of a digit-run reading chosen among several (by the column equations or the narrative). */
    static final double DISAMBIGUATED = 0.8;

    /** Lines a label wrapped in its cell may take below its first: the longest label in a narrow cell, and its figures. */
    private static final int WRAP_REACH = 6;

    final List<String> lines;
    final FormatVersion version;
    final boolean grid;
    /** The text may stop inside its last line: see {@link #stopsInside}. */
    private final boolean openEnded;
    final DiagnosticLog log = new DiagnosticLog();
    final List<LabelVariant> variants = new ArrayList<>();
    /** Sized for every cell of the three tables (about 230), so it never rehashes. */
    private final Map<CellRef, Cell> cells = new LinkedHashMap<>(512);
    private boolean concatenated;

    TableSheet(List<String> lines, FormatVersion version, boolean grid, boolean openEnded) {
        this.lines = lines;
        this.openEnded = openEnded;
        this.version = version;
        this.grid = grid;
    }

    boolean has(CellRef ref) {
        return cells.containsKey(ref);
    }

    Cell cellOrMissing(CellRef ref) {
        Cell c = cells.get(ref);
        return c != null ? c : Cell.missing(ref);
    }

    /** The numbers read so far. */
    Map<CellRef, BigDecimal> numbers() {
        Map<CellRef, BigDecimal> known = new HashMap<>();
        cells.forEach((ref, c) -> { if (c.isNumber()) known.put(ref, c.value()); });
        return known;
    }

    boolean concatenated() {
        return concatenated;
    }

    /** A row was read (or tried) by splitting a run of digits: the document's layout is concatenated digits. */
    void markConcatenated() {
        concatenated = true;
    }

    void put(Cell cell) {
        cells.put(cell.ref(), cell);
    }

    void put(List<Cell> reading, double confidence) {
        reading.forEach(c -> put(confidence == 1.0 ? c : withConfidence(c, confidence)));
    }

    void put(CellRef ref, Token v, double confidence) {
        put(switch (v.kind()) {
            case NUMBER -> Cell.number(ref, v.text(), Numbers.read(v.text()).value(), v.span(), confidence);
            case BLANK -> Cell.blank(ref, v.text(), v.span(), confidence);
            default -> new Cell(ref, v.text(), null, CellSemantic.TEXT, v.span(), confidence);
        });
    }

    private static Cell withConfidence(Cell c, double confidence) {
        return new Cell(c.ref(), c.raw(), c.value(), c.semantic(), c.span(), confidence);
    }

    /**
     * Cells split out of a run of digits by the one reading that satisfies each group's 总计 = Σ: read as certain, but
     * the row sums (T3-ROWSUM, T4's three totals) were used to read them and so cannot also check them.
     */
    void noteDecoded(TableId table, String what, SourceSpan span, List<CellRef> refs) {
        log.add("P-DECODED", table, what + ": digits run together, split by 总计 = Σ", span, refs);
    }

    /**
     * Readings of a run of digits (one token, or several on one line whose spaces are unreliable) as cells whose
     * spans point at their digits in the text.
     */
    List<List<Cell>> digitReadings(List<Token> values, List<CellRef> refs, Function<String, List<int[]>> splits) {
        markConcatenated();
        Token first = values.get(0);
        Token last = values.get(values.size() - 1);
        String line = lines.get(first.line() - 1);
        StringBuilder digits = new StringBuilder();
        List<Integer> columns = new ArrayList<>();
        for (int i = first.column() - 1; i < last.column() - 1 + last.text().length(); i++) {
            char digit = Numbers.asciiDigit(line.charAt(i));
            if (digit != 0) {
                digits.append(digit); // full-width runs are split like ASCII ones
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

    /** Readings as the supervisor would write them: {@code 3/2/19, 3/21/9}. */
    static String candidates(List<List<Cell>> readings) {
        return readings.stream().map(r -> r.stream().map(c -> c.value().toPlainString()).collect(Collectors.joining("/")))
                .collect(Collectors.joining(", "));
    }

    /**
     * A row's values without the empty cells beyond the table's width: at the end in any layout (empty columns after
     * the values, a pipe closing a row of one-cell lines), at the start only in grids (unused label columns).
     */
    List<Token> trimEmpty(List<Token> values, int width) {
        List<Token> out = new ArrayList<>(values);
        while (out.size() > width && out.get(out.size() - 1).text().isEmpty()) out.remove(out.size() - 1);
        while (grid && out.size() > width && out.get(0).text().isEmpty()) out.remove(0);
        return out;
    }

    /**
     * Where the empty cells after a row label start (1-based columns), when nothing but cell separators follows the
     * label on its line: a row printed with its label and every cell empty (`| 1.属于国家秘密 | | | | | | | |`, a TAB
     * row of empty cells) is there, its cells blank. Empty when other text follows, or when no separator marks the
     * cells (a PDF prints nothing for an empty cell).
     */
    List<Integer> emptyCellsAfter(Token label) {
        return emptyCellsFrom(lines.get(label.line() - 1), label.column() - 1 + label.text().length());
    }

    /**
     * The empty cells of the first line with text below {@code line} (1-based) when it holds nothing but cell
     * separators (an unlabelled row printed empty, table 四's): the cell before its first TAB counts too. Empty when
     * that line holds text.
     */
    List<Integer> emptyRowBelow(int line) {
        int below = line;
        // a line of TABs only is blank to String but is the row sought
        while (below < lines.size() && lines.get(below).isBlank() && lines.get(below).indexOf('\t') < 0) below++;
        if (below == lines.size()) return List.of();
        String text = lines.get(below);
        List<Integer> starts = emptyCellsFrom(text, 0);
        if (!starts.isEmpty() && !text.strip().startsWith("|")) starts.add(0, 1);
        return starts;
    }

    private static List<Integer> emptyCellsFrom(String line, int from) {
        List<Integer> starts = new ArrayList<>();
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t' || c == '|') starts.add(i + 2);
            else if (!Whitespace.is(c)) return List.of();
        }
        // a closing pipe ends the row and opens no cell
        if (!starts.isEmpty() && line.strip().endsWith("|")) starts.remove(starts.size() - 1);
        return starts;
    }

    /** The row's cells as BLANK, each at the empty cell in its place (the last one for cells beyond them). */
    void putBlankRow(List<CellRef> refs, int line, List<Integer> emptyCells) {
        for (int i = 0; i < refs.size(); i++) {
            int column = emptyCells.get(Math.min(i, emptyCells.size() - 1));
            put(Cell.blank(refs.get(i), "", SourceSpan.onLine(line, column, 0), 1.0));
        }
    }

    /**
     * Values that run to the end of the text, spread over several lines or too few for a short row: the row was cut,
     * not misaligned.
     */
    boolean isCutOff(List<Token> values, int width) {
        int lastLine = values.get(values.size() - 1).line();
        if (lastLine == values.get(0).line() && values.size() >= width - 1) return false;
        return endsText(values);
    }

    /**
     * The label as written is the start of {@code canonical} and its rest stands in cells of the lines below: a label
     * wrapped inside its cell, which PDF text prints line by line around the row's figures, not a different label.
     */
    boolean continuesBelow(Token label, String canonical) {
        String written = Labels.normalise(label.text());
        String rest = Labels.normalise(canonical);
        if (written.isEmpty() || !rest.startsWith(written)) return false;
        rest = rest.substring(written.length());
        for (int i = label.line(); i < Math.min(lines.size(), label.line() + WRAP_REACH) && !rest.isEmpty(); i++) {
            for (String cell : lines.get(i).split("\t")) {
                String fragment = Labels.normalise(cell);
                if (!fragment.isEmpty() && rest.startsWith(fragment)) rest = rest.substring(fragment.length());
            }
        }
        return rest.isEmpty();
    }

    /**
     * Nothing but blank lines follows the line of the last value — or a number the text stops in, which is not read
     * ({@code RowGrouper}): the text (an excerpt) stops there.
     */
    boolean endsText(List<Token> values) {
        for (int i = values.get(values.size() - 1).line(); i < lines.size(); i++) {
            String line = lines.get(i);
            boolean cutNumber = openEnded && i == lines.size() - 1 && Numbers.isNumber(line.strip())
                    && !Character.isWhitespace(line.charAt(line.length() - 1));
            if (!line.isBlank() && !cutNumber) return false;
        }
        return true;
    }

    /**
     * The values end on the last line of an open-ended text (pasted or excerpted, no line break after it): the text
     * may stop inside the row, so fewer values than columns may be a cut row or a row printed without a column, and
     * only what both readings share is certain.
     */
    boolean stopsInside(List<Token> values) {
        return openEnded && values.get(values.size() - 1).line() == lines.size();
    }

    /** Digits only, all on one line, at least one per column: a candidate for concatenated-digit decoding. */
    static boolean isDigitRun(List<Token> values, int width) {
        if (digitCount(values) < width) return false;
        int line = values.get(0).line();
        for (Token t : values) {
            if (t.line() != line || t.text().isBlank() || !t.text().chars().allMatch(c -> Character.isDigit(c) || c == ' ')) return false;
        }
        return true;
    }

    static boolean hasLeadingZero(List<Token> values) {
        for (Token t : values) if (t.text().length() > 1 && t.text().charAt(0) == '0') return true;
        return false;
    }

    static int digitCount(List<Token> values) {
        int digits = 0;
        for (Token t : values) {
            for (int i = 0; i < t.text().length(); i++) if (Character.isDigit(t.text().charAt(i))) digits++;
        }
        return digits;
    }
}
