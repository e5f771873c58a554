package nianbao.parse.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nianbao.events.CellSemantic;
import nianbao.events.ContainerType;
import nianbao.events.FormatVersion;
import nianbao.events.LabelVariantRecord;
import nianbao.events.NarrativeFactRecord;
import nianbao.events.ParseDiagnostic;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;
import nianbao.events.ReportSection;
import nianbao.events.ReportSubmitted;
import nianbao.events.StatTable;
import nianbao.events.TableCell;
import nianbao.events.TableLayout;
import nianbao.parse.ReportParser;
import nianbao.report.Cell;
import nianbao.report.tables.CellRef;
import nianbao.report.Diagnostic;
import nianbao.report.LabelVariant;
import nianbao.report.NarrativeFact;
import nianbao.report.ParsedReport;
import nianbao.report.ReportRecognition;
import nianbao.report.Section;
import nianbao.report.SourceSpan;

/**
 * Turns the parser's domain result into the report-parsed event (an unreadable document into a FAILED one, a document
 * that is no annual report into a NOT_A_REPORT one).
 */
public final class ReportParsedMapper {

    private ReportParsedMapper() {
    }

    /**
     * What the parser read; a document with no sign of an annual report ({@link ReportRecognition}) is NOT_A_REPORT,
     * with what was read all the same and the reason in failureReason.
     */
    public static ReportParsed parsed(ReportSubmitted submitted, ParsedReport report, Instant parsedAt) {
        boolean isReport = ReportRecognition.of(report).isReport();
        return base(submitted, parsedAt)
                .setParserVersion(report.parserVersion())
                .setOutcome(isReport ? ParseOutcome.PARSED : ParseOutcome.NOT_A_REPORT)
                .setFailureReason(isReport ? null : ReportRecognition.NOT_A_REPORT_ZH)
                .setFormatVersion(FormatVersion.valueOf(report.version().name()))
                .setContainer(ContainerType.valueOf(report.container().name()))
                .setLayout(TableLayout.valueOf(report.layout().name()))
                .setSections(report.sections().stream().map(ReportParsedMapper::section).toList())
                .setCells(report.cells().stream().map(ReportParsedMapper::cell).toList())
                .setNarrativeFacts(report.facts().stream().map(ReportParsedMapper::fact).toList())
                .setLabelVariants(report.labelVariants().stream().map(ReportParsedMapper::label).toList())
                .setDiagnostics(report.diagnostics().stream().map(ReportParsedMapper::diagnostic).toList())
                .setPublishedOn(report.publishedOn())
                .setText(report.text())
                .build();
    }

    /** The document could not be read at all: say why, with nothing invented. */
    public static ReportParsed unreadable(ReportSubmitted submitted, String reason, Instant parsedAt) {
        return base(submitted, parsedAt)
                .setParserVersion(ReportParser.PARSER_VERSION)
                .setOutcome(ParseOutcome.FAILED)
                .setFailureReason(reason)
                .setFormatVersion(FormatVersion.UNKNOWN)
                .setContainer(ContainerType.UNKNOWN)
                .setLayout(TableLayout.UNKNOWN)
                .setSections(List.of())
                .setCells(List.of())
                .setNarrativeFacts(List.of())
                .setLabelVariants(List.of())
                .setDiagnostics(List.of())
                .setText("")
                .build();
    }

    private static ReportParsed.Builder base(ReportSubmitted submitted, Instant parsedAt) {
        return ReportParsed.newBuilder()
                .setSubmissionId(submitted.getSubmissionId())
                .setAgency(submitted.getAgency())
                .setReportYear(submitted.getReportYear())
                .setSubmittedAt(submitted.getSubmittedAt())
                .setSubmissionPublishedOn(submitted.getPublishedOn())
                .setParsedAt(parsedAt);
    }

    static nianbao.events.SourceSpan span(SourceSpan span) {
        return new nianbao.events.SourceSpan(span.line(), span.column(), span.endLine(), span.endColumn());
    }

    private static ReportSection section(Section s) {
        return new ReportSection(s.id().name(), s.heading(), s.found(), span(s.span()));
    }

    private static TableCell cell(Cell c) {
        CellRef ref = c.ref();
        return new TableCell(StatTable.valueOf(ref.table().name()), ref.row(), ref.column(), c.raw(),
                text(c.value()), CellSemantic.valueOf(c.semantic().name()), span(c.span()), c.confidence());
    }

    private static NarrativeFactRecord fact(NarrativeFact f) {
        return new NarrativeFactRecord(f.kind().name(), text(f.value()),
                f.parts().stream().map(BigDecimal::toPlainString).toList(), f.qualifierText(), f.quote(), span(f.span()),
                f.certain());
    }

    private static LabelVariantRecord label(LabelVariant l) {
        return new LabelVariantRecord(l.where(), l.asWritten(), l.canonical(), span(l.span()));
    }

    private static ParseDiagnostic diagnostic(Diagnostic d) {
        return new ParseDiagnostic(d.code(), d.message(), span(d.span()), d.cells().stream().map(CellRef::id).toList());
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
