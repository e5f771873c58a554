package nianbao.validate.events;

import java.time.Instant;
import nianbao.events.Attribution;
import nianbao.events.FormatVersion;
import nianbao.events.ReportParsed;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.events.ValidationTrigger;
import nianbao.events.Verdict;
import nianbao.report.SourceSpan;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Validation;

/** Writes a validation as the report-validated event. */
public final class ReportValidatedMapper {

    private ReportValidatedMapper() {
    }

    public static ReportValidated validated(ReportParsed parsed, Validation validation, ValidationTrigger trigger,
                                            Instant validatedAt) {
        return ReportValidated.newBuilder()
                .setSubmissionId(parsed.getSubmissionId())
                .setAgency(parsed.getAgency())
                .setReportYear(parsed.getReportYear())
                .setRuleSetVersion(validation.ruleSetVersion())
                .setFormatVersion(FormatVersion.valueOf(parsed.getFormatVersion().name()))
                .setVerdict(Verdict.valueOf(validation.verdict().name()))
                .setTrigger(trigger)
                .setFindings(validation.findings().stream().map(ReportValidatedMapper::finding).toList())
                .setKeyFigures(validation.keyFigures())
                .setSubmittedAt(parsed.getSubmittedAt())
                .setValidatedAt(validatedAt)
                .build();
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
