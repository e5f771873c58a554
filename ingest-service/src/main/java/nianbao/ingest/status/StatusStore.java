package nianbao.ingest.status;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nianbao.events.Finding;
import nianbao.events.ReportValidated;
import nianbao.report.OperandNames;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Verdicts from {@code report-validated} per submission, and the status view that joins them. */
@Repository
class StatusStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    StatusStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Keeps the most recent validation of a submission (by validatedAt): an older event replayed later does not
     * overwrite a newer verdict. False when the submission is not one of ours (e.g. a batch import elsewhere).
     */
    @Transactional
    boolean record(ReportValidated event) {
        UUID id = UUID.fromString(event.getSubmissionId());
        boolean ours = jdbc.sql("select count(*) from submission where id = ?").param(id).query(Long.class).single() == 1;
        if (!ours) return false;
        int written = jdbc.sql("""
                        insert into validation (submission_id, verdict, rule_set_version, format_version, validated_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (submission_id) do update
                           set verdict = excluded.verdict, rule_set_version = excluded.rule_set_version,
                               format_version = excluded.format_version, validated_at = excluded.validated_at
                         where validation.validated_at <= excluded.validated_at""")
                .params(id, event.getVerdict().name(), event.getRuleSetVersion(), event.getFormatVersion().name(),
                        event.getValidatedAt().atOffset(ZoneOffset.UTC))
                .update();
        if (written == 0) return true; // a newer verdict is already recorded
        jdbc.sql("delete from key_figure where submission_id = ?").param(id).update();
        jdbc.sql("delete from finding where submission_id = ?").param(id).update();
        // one JDBC batch per table: a statement per row (~75 findings a report) made the database the pipeline's
        // busiest process
        List<Map.Entry<String, String>> figures = List.copyOf(event.getKeyFigures().entrySet());
        template.batchUpdate("insert into key_figure (submission_id, figure_id, value) values (?, ?, ?)",
                figures, figures.size(), (statement, figure) -> {
                    statement.setObject(1, id);
                    statement.setString(2, figure.getKey());
                    statement.setString(3, figure.getValue());
                });
        List<Finding> findings = event.getFindings();
        template.batchUpdate("""
                        insert into finding (submission_id, position, rule_id, outcome, severity, message_zh, quote)
                        values (?, ?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int position) throws SQLException {
                Finding finding = findings.get(position);
                statement.setObject(1, id);
                statement.setInt(2, position);
                statement.setString(3, finding.getRuleId());
                statement.setString(4, finding.getOutcome().name());
                statement.setString(5, finding.getSeverity().name());
                statement.setString(6, finding.getMessageZh());
                statement.setString(7, finding.getQuote());
            }

            @Override
            public int getBatchSize() {
                return findings.size();
            }
        });
        return true;
    }

    /**
     * One snapshot for the three reads: otherwise a validation committed between them shows as VALIDATED with the key
     * figures and findings of before it (PostgreSQL gives each statement its own snapshot at READ COMMITTED).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Optional<SubmissionStatus> find(UUID id) {
        Map<String, String> keyFigures = new LinkedHashMap<>();
        jdbc.sql("select figure_id, value from key_figure where submission_id = ? order by figure_id").param(id)
                .query((ResultSet rs) -> {
                    keyFigures.put(rs.getString("figure_id"), rs.getString("value"));
                });
        List<SubmissionStatus.FindingView> findings = jdbc.sql("""
                        select rule_id, outcome, severity, message_zh, quote from finding
                         where submission_id = ? order by position""")
                .param(id)
                .query((rs, row) -> {
                    String message = UnreadableReasons.forAgency(rs.getString("rule_id"), rs.getString("message_zh"));
                    return new SubmissionStatus.FindingView(rs.getString("rule_id"), rs.getString("outcome"),
                            rs.getString("severity"), message, OperandNames.inText(message), rs.getString("quote"));
                })
                .list();
        return jdbc.sql("""
                        select s.*, v.verdict, v.rule_set_version, v.format_version, v.validated_at
                          from submission s left join validation v on v.submission_id = s.id
                         where s.id = ?""")
                .param(id)
                .query((rs, row) -> status(rs, keyFigures, findings))
                .optional();
    }

    /** The agency's submissions, newest first, with their verdict and what the latest validation found. */
    List<OwnSubmissions.Entry> submissionsOf(String agencyId, int limit) {
        return jdbc.sql("""
                        select s.id, s.report_year, s.file_name, s.channel, s.submitted_at, v.verdict, v.validated_at,
                               count(f.position) filter (where f.outcome = 'FAIL' and f.severity = 'ERROR')   as errors,
                               count(f.position) filter (where f.outcome = 'FAIL' and f.severity = 'WARNING') as warnings,
                               count(f.position) filter (where f.outcome = 'FAIL' and f.severity = 'INFO')    as notes,
                               count(f.position) filter (where f.outcome = 'UNCERTAIN')                       as uncertain
                          from submission s
                          left join validation v on v.submission_id = s.id
                          left join finding f on f.submission_id = s.id
                         where s.agency_id = ?
                         group by s.id, v.verdict, v.validated_at
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

    private static SubmissionStatus status(ResultSet rs, Map<String, String> keyFigures,
                                           List<SubmissionStatus.FindingView> findings) throws SQLException {
        OffsetDateTime validatedAt = rs.getObject("validated_at", OffsetDateTime.class);
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
                findings);
    }
}
