package nianbao.validate.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nianbao.events.Attribution;
import nianbao.events.EventPosition;
import nianbao.events.FormatVersion;
import nianbao.events.ParseSummary;
import nianbao.events.PassedChecks;
import nianbao.events.ReportParsed;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.events.ValidationTrigger;
import nianbao.events.Verdict;
import nianbao.report.SourceSpan;
import nianbao.schemas.validations.PassedChecksTally;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Validation;

/** Writes a validation as the report-validated event. */
public final class ReportValidatedMapper {

    private ReportValidatedMapper() {
    }

    /** {@code source}: where {@code parsed} lies in report-parsed, for consumers that need its text or cells. */
    public static ReportValidated validated(ReportParsed parsed, EventPosition source, Validation validation,
                                            ValidationTrigger trigger, Instant validatedAt) {
        return ReportValidated.newBuilder()
                .setSubmissionId(parsed.getSubmissionId())
                .setAgency(parsed.getAgency())
                .setReportYear(parsed.getReportYear())
                .setRuleSetVersion(validation.ruleSetVersion())
                .setFormatVersion(FormatVersion.valueOf(parsed.getFormatVersion().name()))
                .setVerdict(Verdict.valueOf(validation.verdict().name()))
                .setTrigger(trigger)
                .setFindings(validation.findings().stream().filter(f -> f.outcome() != Outcome.PASS)
                        .map(ReportValidatedMapper::finding).toList())
                .setPassedChecks(passedChecks(validation.findings()))
                .setKeyFigures(validation.keyFigures())
                .setSubmittedAt(parsed.getSubmittedAt())
                .setValidatedAt(validatedAt)
                .setParse(parse(parsed, source))
                .build();
    }

    private static ParseSummary parse(ReportParsed parsed, EventPosition source) {
        Map<String, Integer> diagnostics = new TreeMap<>();
        parsed.getDiagnostics().forEach(d -> diagnostics.merge(d.getCode(), 1, Integer::sum));
        return ParseSummary.newBuilder()
                .setParsedAt(parsed.getParsedAt())
                .setOutcome(parsed.getOutcome())
                .setFailureReason(parsed.getFailureReason())
                .setContainer(parsed.getContainer())
                .setLayout(parsed.getLayout())
                .setDiagnosticCounts(diagnostics)
                .setSource(source)
                .build();
    }

    /**
     * The passed checks counted by rule (most of a report's ~75 findings): they travel as a count and an example
     * message, so that every consumer decodes, and the broker carries, what did not pass in full and the rest in brief.
     */
    private static List<PassedChecks> passedChecks(List<Finding> findings) {
        PassedChecksTally tally = new PassedChecksTally();
        for (Finding f : findings) {
            if (f.outcome() == Outcome.PASS) tally.add(f.ruleId(), 1, f.messageZh(), f.messageEn());
        }
        return tally.counted();
    }

    private static nianbao.events.Finding finding(Finding f) {
        return nianbao.events.Finding.newBuilder()
                .setRuleId(f.ruleId())
                .setOutcome(RuleOutcome.valueOf(f.outcome().name()))
                .setSeverity(Severity.valueOf(f.severity().name()))
                .setFormula(f.formula())
                .setOperands(f.operands().stream().map(ReportValidatedMapper::operand).toList())
                .setExpected(f.expected())
                .setActual(f.actual())
                .setMessageZh(f.messageZh())
                .setMessageEn(f.messageEn())
                .setAttribution(Attribution.valueOf(f.attribution().name()))
                .setQuote(f.quote())
                .setFingerprint(f.fingerprint())
                .build();
    }

    private static nianbao.events.Operand operand(Operand o) {
        SourceSpan s = o.span();
        return new nianbao.events.Operand(o.id(), o.value() == null ? null : o.value().toPlainString(), o.raw(),
                new nianbao.events.SourceSpan(s.line(), s.column(), s.endLine(), s.endColumn()));
    }

}
