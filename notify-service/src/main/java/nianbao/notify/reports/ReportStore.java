package nianbao.notify.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nianbao.notify.alerts.Finding;
import nianbao.notify.routing.Agency;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reports as the workspace counts them: per agency and year, the newest submission's latest validation. */
@Repository
public class ReportStore {

    private static final TypeReference<Map<String, String>> FIGURES = new TypeReference<>() {
    };
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            v.agency_id, v.agency_name, v.region_code, v.agency_level, v.report_year, v.submission_id, v.submitted_at,
            v.verdict, v.format_version, v.rule_set_version, v.validated_at, v.key_figures,
            (select min(w.submitted_at) from validation w
             where w.agency_id = v.agency_id and w.report_year = v.report_year) as first_submitted_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public ReportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One summary per agency and year in [fromYear, toYear], by agency and year. */
    public List<ReportSummary> latest(Collection<String> agencyIds, int fromYear, int toYear) {
        return jdbc.sql("select distinct on (v.agency_id, v.report_year) " + COLUMNS + """
                 from validation v
                where v.agency_id = any(:agencies) and v.report_year between :from and :to
                order by v.agency_id, v.report_year, v.submitted_at desc, v.validated_at desc""")
                .param("agencies", agencyIds.toArray(String[]::new))
                .param("from", fromYear)
                .param("to", toYear)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** The latest validation of this submission. */
    public Optional<ReportSummary> ofSubmission(String submissionId) {
        return jdbc.sql("select " + COLUMNS + """
                 from validation v where v.submission_id = :submission
                order by v.validated_at desc limit 1""")
                .param("submission", submissionId)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** How many checks of the validation passed (they are counted, not stored as findings). */
    public int passedChecks(ReportSummary report) {
        return jdbc.sql("""
                select passed_checks from validation
                where submission_id = :submission and rule_set_version = :ruleSet and validated_at = :validatedAt""")
                .param("submission", report.submissionId())
                .param("ruleSet", report.ruleSetVersion())
                .param("validatedAt", Timestamp.from(report.validatedAt()))
                .query(Integer.class)
                .single();
    }

    /** The findings of one validation that did not pass, in the order the rule catalogue reported them. */
    public List<Finding> findings(ReportSummary report) {
        return jdbc.sql("""
                select findings from validation
                where submission_id = :submission and rule_set_version = :ruleSet and validated_at = :validatedAt""")
                .param("submission", report.submissionId())
                .param("ruleSet", report.ruleSetVersion())
                .param("validatedAt", Timestamp.from(report.validatedAt()))
                .query((rs, n) -> json.readValue(rs.getString("findings"), FINDINGS))
                .single();
    }

    private ReportSummary map(ResultSet rs) throws SQLException {
        return new ReportSummary(new Agency(rs.getString("agency_id"), rs.getString("agency_name"),
                rs.getString("region_code"), rs.getString("agency_level")), rs.getInt("report_year"),
                rs.getString("submission_id"), rs.getTimestamp("first_submitted_at").toInstant(),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("verdict"), rs.getString("format_version"),
                rs.getString("rule_set_version"), rs.getTimestamp("validated_at").toInstant(),
                json.readValue(rs.getString("key_figures"), FIGURES));
    }
}
