package nianbao.notify.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.Attribution;
import nianbao.events.Finding;
import nianbao.events.FormatVersion;
import nianbao.events.Operand;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.events.SourceSpan;
import nianbao.events.ValidationTrigger;
import nianbao.events.Verdict;
import nianbao.schemas.validations.PassedChecksTally;

/** report-validated events as validate-service would write them, for the sample agencies. */
public final class Events {

    public static final Agency LONGTING = agency("longting-gov-office", "龙亭区人民政府办公室", "410202",
            AgencyLevel.COUNTY_DEPARTMENT);
    public static final Agency KUNWU = agency("kunwu-office", "昆吾街道办事处", "410971", AgencyLevel.TOWNSHIP);
    public static final Agency JINPING = agency("jinping-street", "锦屏街道办事处", "330326", AgencyLevel.TOWNSHIP);

    private Events() {
    }

    private static Agency agency(String id, String name, String region, AgencyLevel level) {
        return Agency.newBuilder().setId(id).setName(name).setRegionCode(region).setLevel(level).build();
    }

    public static Operand operand(String cellId, String value, int line) {
        return Operand.newBuilder().setCellId(cellId).setValue(value).setRaw(value)
                .setSpan(SourceSpan.newBuilder().setLine(line).setColumn(1).setEndLine(line).setEndColumn(40).build())
                .build();
    }

    public static Finding finding(String ruleId, RuleOutcome outcome, Severity severity, String fingerprint,
                                  String messageZh, String quote, Operand... operands) {
        return Finding.newBuilder().setRuleId(ruleId).setOutcome(outcome).setSeverity(severity)
                .setFormula(ruleId + " formula").setOperands(List.of(operands)).setExpected(null).setActual(null)
                .setMessageZh(messageZh).setMessageEn("EN " + messageZh).setAttribution(Attribution.REPORT)
                .setQuote(quote).setFingerprint(fingerprint).build();
    }

    public static ReportValidated validated(String submissionId, Agency agency, int year, Instant submittedAt,
                                            Finding... findings) {
        return validated(submissionId, agency, year, "rules-2026.11", submittedAt, submittedAt.plusSeconds(5),
                findings);
    }

    /** The PASS findings given travel as validate-service writes them: counted by rule in passedChecks. */
    public static ReportValidated validated(String submissionId, Agency agency, int year, String ruleSetVersion,
                                            Instant submittedAt, Instant validatedAt, Finding... findings) {
        boolean fails = List.of(findings).stream().anyMatch(f -> f.getOutcome() == RuleOutcome.FAIL);
        ReportValidated asWrittenBefore = ReportValidated.newBuilder().setSubmissionId(submissionId).setAgency(agency)
                .setReportYear(year)
                .setRuleSetVersion(ruleSetVersion).setFormatVersion(FormatVersion.V2021)
                .setVerdict(fails ? Verdict.FAIL : Verdict.PASS).setTrigger(ValidationTrigger.SUBMISSION)
                .setFindings(List.of(findings)).setKeyFigures(Map.of("T3[R1][TOT]", "16"))
                .setSubmittedAt(submittedAt).setValidatedAt(validatedAt).build();
        return ReportValidated.newBuilder(asWrittenBefore).setFindings(PassedChecksTally.notPassed(asWrittenBefore))
                .setPassedChecks(PassedChecksTally.of(asWrittenBefore)).build();
    }
}
