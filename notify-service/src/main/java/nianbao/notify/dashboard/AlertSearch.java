package nianbao.notify.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.AlertStore;

/** Alerts of some agencies by criteria and free text (agency name, rule, message), newest year and ERRORs first. */
@Repository
class AlertSearch {

    /** The criteria; null or blank = any. {@code text} matches agency name, rule id or either message. */
    record Criteria(String agencyId, Integer fromYear, Integer toYear, String ruleId, String severity, String outcome,
                    String text) {
    }

    private final JdbcClient jdbc;
    private final AlertStore alerts;

    AlertSearch(JdbcClient jdbc, AlertStore alerts) {
        this.jdbc = jdbc;
        this.alerts = alerts;
    }

    List<Alert> find(List<String> agencyIds, Criteria c) {
        StringBuilder sql = new StringBuilder("select * from alert where agency_id = any(:agencies)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("agencies", agencyIds.toArray(String[]::new));
        equal(sql, params, "agency_id", c.agencyId());
        equal(sql, params, "rule_id", c.ruleId());
        equal(sql, params, "severity", c.severity());
        equal(sql, params, "outcome", c.outcome());
        if (c.fromYear() != null) {
            sql.append(" and report_year >= :fromYear");
            params.put("fromYear", c.fromYear());
        }
        if (c.toYear() != null) {
            sql.append(" and report_year <= :toYear");
            params.put("toYear", c.toYear());
        }
        if (c.text() != null && !c.text().isBlank()) {
            sql.append(" and (agency_name ilike :text or rule_id ilike :text or message_zh ilike :text"
                    + " or message_en ilike :text)");
            params.put("text", "%" + c.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        sql.append(" order by report_year desc, case severity when 'ERROR' then 0 when 'WARNING' then 1 else 2 end,"
                + " region_code, agency_name, rule_id, fingerprint");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> alerts.map(rs)).list();
    }

    private static void equal(StringBuilder sql, Map<String, Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" and ").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }
}
