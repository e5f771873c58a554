package nianbao.notify.history;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nianbao.notify.alerts.Validation;
import nianbao.notify.routing.Agency;
import tools.jackson.databind.json.JsonMapper;

/** Every validation received and its findings, exactly as the event carried them. */
@Repository
public class ValidationStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ValidationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return false when this exact event was stored before (a replay or a redelivery): nothing is written */
    public boolean insertIfNew(Validation v) {
        int inserted = jdbc.sql("""
                insert into validation (submission_id, rule_set_version, validated_at, agency_id, agency_name,
                    region_code, agency_level, report_year, format_version, verdict, trigger, submitted_at, key_figures,
                    passed_checks, failed_checks, findings)
                values (:submission, :ruleSet, :validatedAt, :agencyId, :agencyName, :region, :level, :year,
                    :format, :verdict, :trigger, :submittedAt, cast(:keyFigures as jsonb), :passed, :failed, :findings)
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
                // the checks that passed are only counted (V10); the others are kept in the catalogue's order (V11),
                // as JSON text (V12)
                .param("passed", v.passedCount())
                .param("failed", (int) v.findings().stream().filter(f -> f.outcome().equals("FAIL")).count())
                .param("findings", json.writeValueAsString(v.findings()))
                .update();
        return inserted > 0;
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
