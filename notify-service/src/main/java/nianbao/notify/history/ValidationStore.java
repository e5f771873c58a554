package nianbao.notify.history;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nianbao.notify.alerts.Finding;
import nianbao.notify.alerts.FindingColumns;
import nianbao.notify.alerts.Validation;
import nianbao.notify.routing.Agency;
import tools.jackson.databind.json.JsonMapper;

/** Every validation received and its findings, exactly as the event carried them. */
@Repository
public class ValidationStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;

    public ValidationStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** @return false when this exact event was stored before (a replay or a redelivery): nothing is written */
    public boolean insertIfNew(Validation v) {
        int inserted = jdbc.sql("""
                insert into validation (submission_id, rule_set_version, validated_at, agency_id, agency_name,
                    region_code, agency_level, report_year, format_version, verdict, trigger, submitted_at, key_figures,
                    passed_checks)
                values (:submission, :ruleSet, :validatedAt, :agencyId, :agencyName, :region, :level, :year,
                    :format, :verdict, :trigger, :submittedAt, cast(:keyFigures as jsonb), :passed)
                on conflict do nothing""")
                .param("submission", v.submissionId())
                .param("ruleSet", v.ruleSetVersion())
                .param("validatedAt", Timestamp.from(v.validatedAt()))
                .param("agencyId", v.agency().id())
                .param("agencyName", v.agency().name())
                .param("region", v.agency().regionCode())
                .param("level", v.agency().level())
                .param("year", v.reportYear())
                .param("format", v.formatVersion())
                .param("verdict", v.verdict())
                .param("trigger", v.trigger())
                .param("submittedAt", Timestamp.from(v.submittedAt()))
                .param("keyFigures", json.writeValueAsString(v.keyFigures()))
                .param("passed", (int) v.findings().stream().filter(ValidationStore::passed).count())
                .update();
        if (inserted == 0) {
            return false;
        }
        // the checks that found something, as one JDBC batch (passed ones are only counted, V10); the ordinal stays the
        // catalogue's order
        List<Finding> findings = v.findings();
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (int ordinal = 0; ordinal < findings.size(); ordinal++) {
            Finding f = findings.get(ordinal);
            if (passed(f)) continue;
            rows.add(FindingColumns.of(f, json)
                    .addValue("submission", v.submissionId())
                    .addValue("ruleSet", v.ruleSetVersion())
                    .addValue("validatedAt", Timestamp.from(v.validatedAt()))
                    .addValue("ordinal", ordinal)
                    .addValue("fingerprint", f.fingerprint()));
        }
        batch.batchUpdate("""
                insert into finding (submission_id, rule_set_version, validated_at, ordinal, rule_id, outcome,
                    severity, formula, operands, expected, actual, message_zh, message_en, attribution, quote,
                    fingerprint)
                values (:submission, :ruleSet, :validatedAt, :ordinal, :rule, :outcome, :severity, :formula,
                    cast(:operands as jsonb), :expected, :actual, :zh, :en, :attribution, :quote, :fingerprint)""",
                rows.toArray(MapSqlParameterSource[]::new));
        return true;
    }

    private static boolean passed(Finding finding) {
        return finding.outcome().equals("PASS");
    }

    /** Whether no other stored validation of the same agency and year concerns a later submission. */
    public boolean concernsLatestSubmission(Validation v) {
        return jdbc.sql("""
                select not exists (select 1 from validation
                                   where agency_id = :agency and report_year = :year and submitted_at > :submittedAt)""")
                .param("agency", v.agency().id())
                .param("year", v.reportYear())
                .param("submittedAt", Timestamp.from(v.submittedAt()))
                .query(Boolean.class)
                .single();
    }

    /** The agency as its latest validation described it. */
    public Optional<Agency> agency(String agencyId) {
        return jdbc.sql("""
                select agency_id, agency_name, region_code, agency_level from validation where agency_id = :agency
                order by received_at desc limit 1""")
                .param("agency", agencyId)
                .query((rs, n) -> new Agency(rs.getString("agency_id"), rs.getString("agency_name"),
                        rs.getString("region_code"), rs.getString("agency_level")))
                .optional();
    }
}
