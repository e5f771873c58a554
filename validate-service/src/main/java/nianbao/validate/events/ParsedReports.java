package nianbao.validate.events;

import java.math.BigDecimal;
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
import nianbao.report.Section;
import nianbao.report.SectionId;
import nianbao.report.SourceSpan;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.TableId;
import nianbao.validate.engine.ReportContext;

/** Reads the report-parsed event back into the domain the rules work on. */
public final class ParsedReports {

    private ParsedReports() {
    }

    public static ReportContext context(ReportParsed event) {
        Agency agency = event.getAgency();
        return new ReportContext(event.getSubmissionId(), agency.getId(), agency.getName(), agency.getRegionCode(),
                AgencyLevel.valueOf(agency.getLevel().name()), event.getReportYear(), event.getSubmissionPublishedOn());
    }

    public static ParsedReport report(ReportParsed event) {
        return new ParsedReport(event.getParserVersion(),
                ContainerType.valueOf(event.getContainer().name()),
                FormatVersion.valueOf(event.getFormatVersion().name()),
                Layout.valueOf(event.getLayout().name()),
                event.getSections().stream().map(s -> new Section(SectionId.valueOf(s.getId()), s.getHeading(),
                        s.getFound(), span(s.getSpan()))).toList(),
                event.getCells().stream().map(ParsedReports::cell).toList(),
                event.getNarrativeFacts().stream().map(f -> new NarrativeFact(FactKind.valueOf(f.getKind()),
                        number(f.getValue()), f.getParts().stream().map(BigDecimal::new).toList(), f.getQualifier(),
                        f.getQuote(), span(f.getSpan()))).toList(),
                event.getLabelVariants().stream().map(l -> new LabelVariant(l.getWhere(), l.getAsWritten(),
                        l.getCanonical(), span(l.getSpan()))).toList(),
                event.getDiagnostics().stream().map(d -> new Diagnostic(d.getCode(), d.getMessage(), span(d.getSpan()),
                        d.getCells().stream().map(CellRef::parse).toList())).toList(),
                event.getPublishedOn(),
                event.getText());
    }


    private static Cell cell(nianbao.events.TableCell c) {
        CellRef ref = new CellRef(TableId.valueOf(c.getTable().name()), c.getRowId(), c.getColumnId());
        return new Cell(ref, c.getRaw(), number(c.getValue()), CellSemantic.valueOf(c.getSemantic().name()),
                span(c.getSpan()), c.getConfidence());
    }

    private static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static SourceSpan span(nianbao.events.SourceSpan s) {
        return new SourceSpan(s.getLine(), s.getColumn(), s.getEndLine(), s.getEndColumn());
    }
}
