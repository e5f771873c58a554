package nianbao.validate.events;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nianbao.events.Agency;
import nianbao.events.ReportParsed;
import nianbao.report.AgencyLevel;
import nianbao.report.Cell;
import nianbao.report.CellSemantic;
import nianbao.report.ContainerType;
import nianbao.report.Diagnostic;
import nianbao.report.FactKind;
import nianbao.report.FormatVersion;
import nianbao.report.LabelVariant;
import nianbao.report.Layout;
import nianbao.report.NarrativeFact;
import nianbao.report.ParsedReport;
import nianbao.report.Qualifier;
import nianbao.report.Section;
import nianbao.report.SectionId;
import nianbao.report.SourceSpan;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.TableId;
import nianbao.validate.engine.ReportContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the report-parsed event back into the domain the rules work on; a fact's qualifier string becomes its kind's
 * typed {@link Qualifier} here. A newer parser may write values this version does not know (a new fact kind or
 * section, a cell semantic or table read back as Avro's UNKNOWN, a qualifier this version cannot read): they are left
 * out — a cell of unknown meaning is MISSING, so the rules on it are not assessable; a fact keeps its figures without
 * the qualifier — and counted in one log line, so that the report is still validated rather than dead-lettered.
 */
public final class ParsedReports {

    private static final Logger LOG = LoggerFactory.getLogger(ParsedReports.class);

    private ParsedReports() {
    }

    public static ReportContext context(ReportParsed event) {
        Agency agency = event.getAgency();
        AgencyLevel level = known(AgencyLevel.class, agency.getLevel().name());
        return new ReportContext(event.getSubmissionId(), agency.getId(), agency.getName(), agency.getRegionCode(),
                level == null ? AgencyLevel.UNKNOWN : level, event.getReportYear(), event.getSubmissionPublishedOn());
    }

    public static ParsedReport report(ReportParsed event) {
        List<String> unknown = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (nianbao.events.ReportSection s : event.getSections()) {
            SectionId id = known(SectionId.class, s.getId());
            if (id == null) unknown.add("section " + s.getId());
            else sections.add(new Section(id, s.getHeading(), s.getFound(), span(s.getSpan())));
        }
        List<Cell> cells = new ArrayList<>();
        for (nianbao.events.TableCell c : event.getCells()) {
            TableId table = known(TableId.class, c.getTable().name());
            if (table == null) {
                unknown.add("table " + c.getTable() + " cell " + c.getRowId() + "/" + c.getColumnId());
                continue;
            }
            CellRef ref = new CellRef(table, c.getRowId(), c.getColumnId());
            CellSemantic semantic = known(CellSemantic.class, c.getSemantic().name());
            if (semantic == null) {
                unknown.add("semantic of " + ref.id());
                cells.add(new Cell(ref, c.getRaw(), null, CellSemantic.MISSING, span(c.getSpan()), 0.0));
            } else {
                cells.add(new Cell(ref, c.getRaw(), number(c.getValue()), semantic, span(c.getSpan()), c.getConfidence()));
            }
        }
        List<NarrativeFact> facts = new ArrayList<>();
        for (nianbao.events.NarrativeFactRecord f : event.getNarrativeFacts()) {
            FactKind kind = known(FactKind.class, f.getKind());
            if (kind == null) {
                unknown.add("fact " + f.getKind());
                continue;
            }
            Qualifier qualifier = Qualifier.fromText(kind, f.getQualifier());
            if (qualifier == null && f.getQualifier() != null) unknown.add("qualifier of " + kind + " " + f.getQualifier());
            facts.add(new NarrativeFact(kind, number(f.getValue()), f.getParts().stream().map(BigDecimal::new).toList(),
                    qualifier, f.getQuote(), span(f.getSpan()), f.getCertain()));
        }
        if (!unknown.isEmpty()) {
            LOG.warn("report-parsed {} (parser {}) holds {} values unknown to this version, left out: {}",
                    event.getSubmissionId(), event.getParserVersion(), unknown.size(), unknown);
        }
        return new ParsedReport(event.getParserVersion(),
                orUnknown(known(ContainerType.class, event.getContainer().name()), ContainerType.UNKNOWN),
                orUnknown(known(FormatVersion.class, event.getFormatVersion().name()), FormatVersion.UNKNOWN),
                orUnknown(known(Layout.class, event.getLayout().name()), Layout.UNKNOWN),
                sections, cells, facts,
                event.getLabelVariants().stream().map(l -> new LabelVariant(l.getWhere(), l.getAsWritten(),
                        l.getCanonical(), span(l.getSpan()))).toList(),
                event.getDiagnostics().stream().map(d -> new Diagnostic(d.getCode(), d.getMessage(), span(d.getSpan()),
                        d.getCells().stream().map(CellRef::parse).toList())).toList(),
                event.getPublishedOn(),
                event.getText());
    }

    /** The constant named {@code name}, or null when this version has none (Avro's UNKNOWN included). */
    static <E extends Enum<E>> E known(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) if (e.name().equals(name)) return e;
        return null;
    }

    private static <E> E orUnknown(E value, E unknown) {
        return value == null ? unknown : value;
    }

    private static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static SourceSpan span(nianbao.events.SourceSpan s) {
        return new SourceSpan(s.getLine(), s.getColumn(), s.getEndLine(), s.getEndColumn());
    }
}
