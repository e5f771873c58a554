package nianbao.notify.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nianbao.notify.routing.Agency;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Alerts by fingerprint and their lifecycle transitions. */
@Repository
public class AlertStore {

    private static final TypeReference<List<Operand>> OPERANDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    /** For the rows a validation opens: one JDBC batch, not a statement a finding. */
    private final NamedParameterJdbcOperations batches;
    private final JsonMapper json;

    public AlertStore(JdbcClient jdbc, NamedParameterJdbcOperations batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    public Map<String, KnownAlert> known(String agencyId, int reportYear) {
        Map<String, KnownAlert> known = new LinkedHashMap<>();
        jdbc.sql("select fingerprint, rule_id, status from alert where agency_id = :agency and report_year = :year")
                .param("agency", agencyId)
                .param("year", reportYear)
                .query(rs -> {
                    known.put(rs.getString("fingerprint"),
                            new KnownAlert(rs.getString("rule_id"), AlertStatus.valueOf(rs.getString("status"))));
                });
        return known;
    }

    /** Applies a plan; transitions are dated by the validation so that the history reads the same after a replay. */
    public void apply(AlertPlan plan, Validation v) {
        Timestamp at = Timestamp.from(v.validatedAt());
        if (!plan.opened().isEmpty()) {
            batches.batchUpdate("""
                    insert into alert (fingerprint, agency_id, agency_name, region_code, agency_level, report_year,
                        rule_id, outcome, severity, formula, operands, expected, actual, message_zh, message_en, attribution,
                        quote, status, opened_submission, opened_at)
                    values (:fp, :agencyId, :agencyName, :region, :level, :year, :rule, :outcome, :severity, :formula,
                        cast(:operands as jsonb), :expected, :actual, :zh, :en, :attribution, :quote, 'OPEN', :submission, :at)""",
                    plan.opened().stream().map(f -> content(f)
                            .addValue("agencyId", v.agency().id())
                            .addValue("agencyName", v.agency().name())
                            .addValue("region", v.agency().regionCode())
                            .addValue("level", v.agency().level())
                            .addValue("year", v.reportYear())
                            .addValue("submission", v.submissionId())
                            .addValue("at", at)).toArray(SqlParameterSource[]::new));
            batches.batchUpdate("""
                    insert into alert_event (fingerprint, kind, submission_id, at, severity)
                    values (:fp, 'OPENED', :submission, :at, :severity)""",
                    plan.opened().stream().map(f -> new MapSqlParameterSource("fp", f.fingerprint())
                            .addValue("submission", v.submissionId()).addValue("at", at)
                            .addValue("severity", f.severity())).toArray(SqlParameterSource[]::new));
        }
        for (Finding f : plan.refreshed()) {
            // rewritten only when the wording changed: an unchanged row is not written again
            jdbc.sql("""
                    update alert set outcome = :outcome, severity = :severity, formula = :formula,
                        expected = :expected, actual = :actual, message_zh = :zh, message_en = :en,
                        attribution = :attribution, quote = :quote
                    where fingerprint = :fp
                      and (outcome, severity, formula, expected, actual, message_zh, message_en, attribution, quote)
                          is distinct from (:outcome, :severity, :formula, :expected, :actual, :zh, :en, :attribution,
                                            :quote)""")
                    .paramSource(content(f))
                    .update();
        }
        for (String fp : plan.reopened()) {
            jdbc.sql("""
                    update alert set status = 'OPEN', resolved_submission = null, resolved_at = null
                    where fingerprint = :fp""").param("fp", fp).update();
            recordTransition(fp, "REOPENED", v.submissionId(), at);
        }
        for (String fp : plan.resolved()) {
            jdbc.sql("""
                    update alert set status = 'RESOLVED', resolved_submission = :submission, resolved_at = :at
                    where fingerprint = :fp""")
                    .param("fp", fp).param("submission", v.submissionId()).param("at", at).update();
            recordTransition(fp, "RESOLVED", v.submissionId(), at);
        }
    }

    /** A finding's fingerprint and the words and figures an alert keeps of it. */
    private MapSqlParameterSource content(Finding f) {
        return new MapSqlParameterSource("fp", f.fingerprint())
                .addValue("rule", f.ruleId())
                .addValue("outcome", f.outcome())
                .addValue("severity", f.severity())
                .addValue("formula", f.formula())
                .addValue("operands", json.writeValueAsString(f.operands()))
                .addValue("expected", f.expected())
                .addValue("actual", f.actual())
                .addValue("zh", f.messageZh())
                .addValue("en", f.messageEn())
                .addValue("attribution", f.attribution())
                .addValue("quote", f.quote());
    }

    private void recordTransition(String fingerprint, String kind, String submissionId, Timestamp at) {
        jdbc.sql("""
                insert into alert_event (fingerprint, kind, submission_id, at, severity)
                select :fp, :kind, :submission, :at, severity from alert where fingerprint = :fp""")
                .param("fp", fingerprint).param("kind", kind).param("submission", submissionId).param("at", at)
                .update();
    }

    /** The alerts with these fingerprints, in rule order. */
    public List<Alert> byFingerprints(Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from alert where fingerprint in (:fps) order by rule_id, fingerprint")
                .param("fps", fingerprints)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** Alerts matching every given criterion; a null criterion matches all. */
    public List<Alert> search(String agencyId, Integer reportYear, String ruleId, String severity, String outcome) {
        StringBuilder sql = new StringBuilder("select * from alert where true");
        Map<String, Object> params = new LinkedHashMap<>();
        criterion(sql, params, "agency_id", agencyId);
        criterion(sql, params, "report_year", reportYear);
        criterion(sql, params, "rule_id", ruleId);
        criterion(sql, params, "severity", severity);
        criterion(sql, params, "outcome", outcome);
        sql.append(" order by agency_id, report_year desc, rule_id, fingerprint");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs)).list();
    }

    private static void criterion(StringBuilder sql, Map<String, Object> params, String column, Object value) {
        if (value != null && !value.toString().isBlank()) {
            sql.append(" and ").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }

    public Optional<Alert> byFingerprint(String fingerprint) {
        return byFingerprints(List.of(fingerprint)).stream().findFirst();
    }

    public Alert map(ResultSet rs) throws SQLException {
        Finding finding = new Finding(rs.getString("rule_id"), rs.getString("outcome"), rs.getString("severity"),
                rs.getString("formula"), json.readValue(rs.getString("operands"), OPERANDS), rs.getString("expected"),
                rs.getString("actual"), rs.getString("message_zh"), rs.getString("message_en"), rs.getString("attribution"),
                rs.getString("quote"), rs.getString("fingerprint"));
        Agency agency = new Agency(rs.getString("agency_id"), rs.getString("agency_name"),
                rs.getString("region_code"), rs.getString("agency_level"));
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        return new Alert(agency, rs.getInt("report_year"), finding, AlertStatus.valueOf(rs.getString("status")),
                rs.getString("opened_submission"), rs.getTimestamp("opened_at").toInstant(),
                rs.getString("resolved_submission"), resolvedAt == null ? null : resolvedAt.toInstant());
    }
}
