package nianbao.validate.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.report.AgencyLevel;
import nianbao.report.Cell;
import nianbao.report.ContainerType;
import nianbao.report.Diagnostic;
import nianbao.report.FactKind;
import nianbao.report.FormatVersion;
import nianbao.report.LabelVariant;
import nianbao.report.Layout;
import nianbao.report.NarrativeFact;
import nianbao.report.Qualifier;
import nianbao.report.ParsedReport;
import nianbao.report.Section;
import nianbao.report.SectionId;
import nianbao.report.SourceSpan;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T2Cell;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.T4Column;
import nianbao.validate.engine.ReportContext;

/**
 * Hand-made parsed reports for rule tests: every cell of the version starts as a certain 0 on its own line
 * (T3 rows on lines 100+, T4 on line 200, T2 on lines 300+), all six sections found, no facts.
 */
public final class ReportBuilder {

    private final FormatVersion version;
    private final Map<CellRef, Cell> cells = new LinkedHashMap<>();
    private final Map<SectionId, Section> sections = new LinkedHashMap<>();
    private final List<NarrativeFact> facts = new ArrayList<>();
    private final List<LabelVariant> labels = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private LocalDate publishedOn;
    private String text = "";

    private ReportBuilder(FormatVersion version) {
        this.version = version;
        List<T3Row> rows = T3Row.rowsOf(version);
        for (int i = 0; i < rows.size(); i++) {
            for (T3Column c : T3Column.values()) put(CellRef.t3(rows.get(i), c), 0, 100 + i, c.ordinal());
        }
        for (T4Column c : T4Column.values()) put(CellRef.t4(c), 0, 200, c.ordinal());
        List<T2Cell> t2 = T2Cell.cellsOf(version);
        for (int i = 0; i < t2.size(); i++) put(t2.get(i).ref(), 0, 300 + i, 1);
        int line = 10;
        for (SectionId id : SectionId.values()) {
            sections.put(id, new Section(id, id.canonicalHeading(), true, SourceSpan.onLine(line, 1, 10)));
            line += 10;
        }
    }

    public static ReportBuilder v2021() {
        return new ReportBuilder(FormatVersion.V2021);
    }

    public static ReportBuilder v2019() {
        return new ReportBuilder(FormatVersion.V2019);
    }

    public static ReportContext context(int year, AgencyLevel level) {
        return new ReportContext("sub-1", "agency-1", "测试区测试局", "410202", level, year, null);
    }

    public static ReportContext context(int year) {
        return context(year, AgencyLevel.COUNTY_DEPARTMENT);
    }

    private void put(CellRef ref, long value, int line, int column) {
        cells.put(ref, Cell.number(ref, String.valueOf(value), value, SourceSpan.onLine(line, column * 4 + 1, 1)));
    }

    private SourceSpan spanOf(CellRef ref) {
        Cell existing = cells.get(ref);
        return existing == null ? SourceSpan.onLine(400, 1, 1) : existing.span();
    }

    public ReportBuilder set(CellRef ref, long value) {
        cells.put(ref, Cell.number(ref, String.valueOf(value), value, spanOf(ref)));
        return this;
    }

    public ReportBuilder set(CellRef ref, String raw, BigDecimal value) {
        cells.put(ref, Cell.number(ref, raw, value, spanOf(ref), 1.0));
        return this;
    }

    /** Sets a table-三 row: six applicant columns then 总计. */
    public ReportBuilder t3(T3Row row, long nat, long com, long sci, long ngo, long law, long oth, long tot) {
        long[] values = {nat, com, sci, ngo, law, oth, tot};
        for (T3Column c : T3Column.values()) set(CellRef.t3(row, c), values[c.ordinal()]);
        return this;
    }

    /** Sets a table-三 row of natural persons only: NAT = TOT = n. */
    public ReportBuilder t3(T3Row row, long n) {
        return t3(row, n, 0, 0, 0, 0, 0, n);
    }

    public ReportBuilder t3(T3Row row, T3Column column, long value) {
        return set(CellRef.t3(row, column), value);
    }

    public ReportBuilder t4(T4Column column, long value) {
        return set(CellRef.t4(column), value);
    }

    public ReportBuilder t2(T2Cell cell, long value) {
        return set(cell.ref(), value);
    }

    /** A cell read with lowered confidence (column inferred or digits decoded). */
    public ReportBuilder inferred(CellRef ref, long value) {
        cells.put(ref, Cell.number(ref, String.valueOf(value), BigDecimal.valueOf(value), spanOf(ref), 0.6));
        return this;
    }

    public ReportBuilder blank(CellRef ref) {
        cells.put(ref, Cell.blank(ref, "", spanOf(ref), 1.0));
        return this;
    }

    public ReportBuilder missing(CellRef ref) {
        cells.remove(ref);
        return this;
    }

    public ReportBuilder missingT3Row(T3Row row) {
        for (T3Column c : T3Column.values()) missing(CellRef.t3(row, c));
        return this;
    }

    public ReportBuilder text(CellRef ref, String raw) {
        cells.put(ref, new Cell(ref, raw, null, nianbao.report.CellSemantic.TEXT, spanOf(ref), 1.0));
        return this;
    }

    public ReportBuilder fact(FactKind kind, long value, String quote) {
        return fact(kind, BigDecimal.valueOf(value), List.of(), null, quote);
    }

    public ReportBuilder fact(FactKind kind, BigDecimal value, List<BigDecimal> parts, String qualifier, String quote) {
        return factOnLine(50 + facts.size(), kind, value, parts, qualifier, quote);
    }

    /**
     * A fact on a given line: facts of one sentence or paragraph share it. Its qualifier is written as report-parsed
     * carries it ("2022-01-01/2022-12-31", "R3.1+R3.2"), for brevity; the rules see it typed.
     */
    public ReportBuilder factOnLine(int line, FactKind kind, BigDecimal value, List<BigDecimal> parts, String qualifier,
                                    String quote) {
        facts.add(new NarrativeFact(kind, value, parts, Qualifier.fromText(kind, qualifier), quote,
                SourceSpan.onLine(line, 1, 10)));
        return this;
    }

    /** A fact read with a figure whose digits a space or line break split (not certain). */
    public ReportBuilder uncertainFact(FactKind kind, long value, String quote) {
        facts.add(new NarrativeFact(kind, BigDecimal.valueOf(value), List.of(), null, quote,
                SourceSpan.onLine(50 + facts.size(), 1, 10), false));
        return this;
    }

    public ReportBuilder qualified(FactKind kind, String qualifier, String quote) {
        return fact(kind, null, List.of(), qualifier, quote);
    }

    public ReportBuilder sectionMissing(SectionId id) {
        sections.put(id, Section.notFound(id));
        return this;
    }

    public ReportBuilder section(SectionId id, String heading, int line) {
        sections.put(id, new Section(id, heading, true, SourceSpan.onLine(line, 1, heading.length())));
        return this;
    }

    public ReportBuilder label(String where, String asWritten, String canonical) {
        labels.add(new LabelVariant(where, asWritten, canonical, SourceSpan.onLine(500 + labels.size(), 1, 5)));
        return this;
    }

    public ReportBuilder diagnostic(String code, String message, List<CellRef> on) {
        diagnostics.add(new Diagnostic(code, message, SourceSpan.onLine(600 + diagnostics.size(), 1, 5), on));
        return this;
    }

    public ReportBuilder publishedOn(LocalDate date) {
        this.publishedOn = date;
        return this;
    }

    public ReportBuilder text(String fullText) {
        this.text = fullText;
        return this;
    }

    public ParsedReport build() {
        return new ParsedReport("test", ContainerType.TEXT, version, Layout.TAB, List.copyOf(sections.values()),
                List.copyOf(cells.values()), facts, labels, diagnostics, publishedOn, text);
    }

    public static BigDecimal n(String value) {
        return new BigDecimal(value);
    }
}
