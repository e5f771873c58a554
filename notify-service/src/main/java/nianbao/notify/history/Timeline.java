package nianbao.notify.history;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An agency's history: submissions and what parsing made of them (the parse summary of report-validated), validations with their
 * rule-set versions, alert transitions and reviews.
 */
@Repository
public class Timeline {

    private final JdbcClient jdbc;

    public Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TimelineEntry> of(String agencyId) {
        return jdbc.sql("""
                select v.validated_at as at, 0 as step, 'VALIDATED' as kind, v.report_year, v.submission_id, v.rule_set_version,
                       null as rule_id, null as fingerprint,
                       v.verdict || ' ' || v.trigger || ', ' || v.failed_checks || ' failing' as detail
                from validation v where v.agency_id = :agency
                union all
                select p.submitted_at, -2, 'SUBMITTED', p.report_year, p.submission_id, null, null, null, null
                from (select distinct on (submission_id) * from parse_result where agency_id = :agency
                      order by submission_id, parsed_at) p
                union all
                select p.parsed_at, -1, case p.outcome when 'PARSED' then 'PARSED' else 'PARSE_FAILED' end,
                       p.report_year, p.submission_id, null, null, null, p.detail
                from parse_result p where p.agency_id = :agency
                union all
                select e.at, 1, 'ALERT_' || e.kind, a.report_year, e.submission_id, null, a.rule_id, a.fingerprint,
                       coalesce(e.severity, a.severity)
                from alert_event e join alert a using (fingerprint) where a.agency_id = :agency
                union all
                select r.reviewed_at, 2, 'REVIEW_' || r.decision, a.report_year, null, null, a.rule_id, a.fingerprint,
                       coalesce(acc.name, r.reviewer) || ': ' || r.comment
                from review r join alert a using (fingerprint) left join account acc on acc.login = r.reviewer
                where a.agency_id = :agency
                -- at one instant a validation comes before the alert transitions it caused
                order by at, step, kind, fingerprint""")
                .param("agency", agencyId)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("at").toInstant(), rs.getString("kind"),
                        rs.getInt("report_year"), rs.getString("submission_id"), rs.getString("rule_set_version"),
                        rs.getString("rule_id"), rs.getString("fingerprint"), rs.getString("detail")))
                .list();
    }
}
