package nianbao.validate.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.report.Cell;
import nianbao.report.Diagnostic;
import nianbao.report.FormatVersion;
import nianbao.report.ParsedReport;
import nianbao.report.SourceSpan;
import nianbao.report.tables.CellRef;
import nianbao.validate.config.Deadline;
import nianbao.validate.rules.TextExtent;

/**
 * Everything a rule may look at, with the reports' cells indexed once (the rules read each cell several times;
 * {@link ParsedReport#cell} scans the list) and what several rules derive from the whole report derived once, when
 * first asked for. One per validation, on one thread.
 */
public final class RuleInput {

    private final ReportContext context;
    private final ParsedReport report;
    private final ParsedReport priorYear;
    private final Deadline deadline;
    private final Map<CellRef, Cell> cells;
    private final Map<CellRef, Cell> priorCells;
    private List<String> lines;
    private TextExtent textExtent;
    private Set<CellRef> decodedCells;

    /**
     * @param priorYear the same agency's report for year − 1, or null
     * @param deadline  the publication deadline that applies to this agency, or null when its level is unknown
     */
    public RuleInput(ReportContext context, ParsedReport report, ParsedReport priorYear, Deadline deadline) {
        this.context = context;
        this.report = report;
        this.priorYear = priorYear;
        this.deadline = deadline;
        this.cells = report.cellIndex();
        this.priorCells = priorYear == null ? Map.of() : priorYear.cellIndex();
    }

    public ReportContext context() {
        return context;
    }

    public ParsedReport report() {
        return report;
    }

    public ParsedReport priorYear() {
        return priorYear;
    }

    public Deadline deadline() {
        return deadline;
    }

    /** The report's cell at {@code ref}, MISSING when it has none. */
    public Cell cell(CellRef ref) {
        Cell c = cells.get(ref);
        return c != null ? c : Cell.missing(ref);
    }

    /** The prior year's cell at {@code ref}, MISSING when it has none (or there is no prior year). */
    public Cell priorCell(CellRef ref) {
        Cell c = priorCells.get(ref);
        return c != null ? c : Cell.missing(ref);
    }

    /** The report's text line by line ({@link String#lines}), empty without a text; split once for every rule. */
    public List<String> lines() {
        if (lines == null) lines = report.text() == null ? List.of() : report.text().lines().toList();
        return lines;
    }

    /** How much of the report the text holds (several rules ask; it reads the whole text). */
    public TextExtent textExtent() {
        if (textExtent == null) textExtent = TextExtent.of(report, lines());
        return textExtent;
    }

    /** The cells the parser split from run-together digits by a sum (diagnostic P-DECODED). */
    public Set<CellRef> decodedCells() {
        if (decodedCells == null) {
            decodedCells = new HashSet<>();
            for (Diagnostic d : report.diagnostics()) if (d.code().equals("P-DECODED")) decodedCells.addAll(d.cells());
        }
        return decodedCells;
    }

    /** The version the rules read the tables by: the detected one, UNKNOWN read as the current format. */
    public FormatVersion version() {
        return effective(report.version());
    }

    /** The text line a span starts on (stripped), or null when the span has no place or the text is absent. */
    public String lineAt(SourceSpan span) {
        if (span == null || !span.isKnown() || span.line() > lines().size()) return null;
        return lines().get(span.line() - 1).strip();
    }

    public static FormatVersion effective(FormatVersion detected) {
        return detected == FormatVersion.UNKNOWN ? FormatVersion.V2021 : detected;
    }
}
