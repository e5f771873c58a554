package nianbao.ingest.status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import nianbao.events.ReportValidated;
import nianbao.report.OperandNames;
import nianbao.schemas.validations.PassedChecksTally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Verdicts from {@code report-validated} per submission, and the status view that joins them. */
@Repository
class StatusStore {

    private static final TypeReference<Map<String, String>> KEY_FIGURES = new TypeReference<>() { };
    private static final TypeReference<List<StoredFinding>> STORED_FINDINGS = new TypeReference<>() { };
    private static final TypeReference<List<PassedChecks>> PASSED_CHECKS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    StatusStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Keeps the most recent validation of a submission (by validatedAt), in one statement: an older event replayed
     * later does not overwrite a newer verdict, and a validation of a submission that is not one of ours (a batch
     * import elsewhere) is not kept. False when nothing was written, for either reason.
     */
    @Transactional
    boolean record(ReportValidated event) {
        List<StoredFinding> stored = PassedChecksTally.notPassed(event).stream()
                .map(f -> new StoredFinding(f.getRuleId(), f.getOutcome().name(), f.getSeverity().name(),
                        f.getMessageZh(), f.getQuote())).toList();
        return jdbc.sql("""
                        insert into validation (submission_id, verdict, rule_set_version, format_version, validated_at,
                                                findings, passed_checks, key_figures, errors, warnings, notes, uncertain)
                        select s.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                          from submission s where s.id = ?
                        on conflict (submission_id) do update
                           set verdict = excluded.verdict, rule_set_version = excluded.rule_set_version,
                               format_version = excluded.format_version, validated_at = excluded.validated_at,
                               findings = excluded.findings, passed_checks = excluded.passed_checks,
                               key_figures = excluded.key_figures, errors = excluded.errors,
                               warnings = excluded.warnings, notes = excluded.notes, uncertain = excluded.uncertain
                         where validation.validated_at <= excluded.validated_at""")
                .params(event.getVerdict().name(), event.getRuleSetVersion(), event.getFormatVersion().name(),
                        event.getValidatedAt().atOffset(ZoneOffset.UTC), json.writeValueAsString(stored),
                        json.writeValueAsString(passedChecks(event)), json.writeValueAsString(event.getKeyFigures()),
                        count(stored, "FAIL", "ERROR"), count(stored, "FAIL", "WARNING"), count(stored, "FAIL", "INFO"),
                        count(stored, "UNCERTAIN", null), UUID.fromString(event.getSubmissionId()))
                .update() == 1;
    }

    /** A finding that did not pass, as the portal shows it, kept in the validation's row (V4). */
    record StoredFinding(String ruleId, String outcome, String severity, String messageZh, String quote) {
    }

    /** The checks of one rule that passed, with the first one's message (V5). */
    record PassedChecks(String ruleId, int count, String messageZh) {
    }

    private static List<PassedChecks> passedChecks(ReportValidated event) {
        return PassedChecksTally.of(event).stream()
                .map(p -> new PassedChecks(p.getRuleId(), p.getCount(), p.getMessageZh())).toList();
    }

    private static int count(List<StoredFinding> findings, String outcome, String severity) {
        return (int) findings.stream()
                .filter(f -> f.outcome().equals(outcome) && (severity == null || f.severity().equals(severity))).count();
    }

    /** One statement: the submission and its latest validation, with that validation's findings and key figures. */
    @Transactional(readOnly = true)
    Optional<SubmissionStatus> find(UUID id) {
        return jdbc.sql("""
                        select s.*, v.verdict, v.rule_set_version, v.format_version, v.validated_at, v.findings,
                               v.passed_checks, v.key_figures
                          from submission s left join validation v on v.submission_id = s.id
                         where s.id = ?""")
                .param(id)
                .query((rs, row) -> status(rs))
                .optional();
    }

    /** The agency's submissions, newest first, with their verdict and what the latest validation found. */
    List<OwnSubmissions.Entry> submissionsOf(String agencyId, int limit) {
        return jdbc.sql("""
                        select s.id, s.report_year, s.file_name, s.channel, s.submitted_at, v.verdict, v.validated_at,
                               coalesce(v.errors, 0) as errors, coalesce(v.warnings, 0) as warnings,
                               coalesce(v.notes, 0) as notes, coalesce(v.uncertain, 0) as uncertain
                          from submission s
                          left join validation v on v.submission_id = s.id
                         where s.agency_id = ?
                         order by s.submitted_at desc, s.id
                         limit ?""")
                .params(agencyId, limit)
                .query((rs, row) -> {
                    OffsetDateTime validatedAt = rs.getObject("validated_at", OffsetDateTime.class);
                    return new OwnSubmissions.Entry(rs.getObject("id", UUID.class).toString(), rs.getInt("report_year"),
                            rs.getString("file_name"), rs.getString("channel"),
                            rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                            validatedAt == null ? SubmissionStatus.State.SUBMITTED : SubmissionStatus.State.VALIDATED,
                            rs.getString("verdict"), validatedAt == null ? null : validatedAt.toInstant(),
                            rs.getInt("errors"), rs.getInt("warnings"), rs.getInt("notes"), rs.getInt("uncertain"));
                })
                .list();
    }

    private SubmissionStatus status(ResultSet rs) throws SQLException {
        OffsetDateTime validatedAt = rs.getObject("validated_at", OffsetDateTime.class);
        Map<String, String> keyFigures = validatedAt == null ? Map.of()
                : new TreeMap<>(json.readValue(rs.getString("key_figures"), KEY_FIGURES));
        List<SubmissionStatus.FindingView> findings = validatedAt == null ? List.of()
                : json.readValue(rs.getString("findings"), STORED_FINDINGS).stream().map(f -> {
                    String message = UnreadableReasons.forAgency(f.ruleId(), f.messageZh());
                    return new SubmissionStatus.FindingView(f.ruleId(), f.outcome(), f.severity(), message,
                            OperandNames.inText(message), f.quote());
                }).toList();
        List<SubmissionStatus.PassedChecksView> passedChecks = validatedAt == null ? List.of()
                : json.readValue(rs.getString("passed_checks"), PASSED_CHECKS).stream()
                        .map(p -> new SubmissionStatus.PassedChecksView(p.ruleId(), p.count(), p.messageZh(),
                                OperandNames.inText(p.messageZh()))).toList();
        return new SubmissionStatus(
                rs.getObject("id", UUID.class).toString(),
                rs.getString("agency_id"),
                rs.getInt("report_year"),
                validatedAt == null ? SubmissionStatus.State.SUBMITTED : SubmissionStatus.State.VALIDATED,
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getString("sha256"),
                rs.getLong("size_bytes"),
                rs.getObject("published_on", LocalDate.class),
                rs.getString("publication_url"),
                rs.getString("channel"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                rs.getString("verdict"),
                rs.getString("rule_set_version"),
                rs.getString("format_version"),
                validatedAt == null ? null : validatedAt.toInstant(),
                keyFigures,
                findings,
                passedChecks);
    }
}
