package nianbao.notify.alerts;

import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A finding's content as the parameters that the {@code alert} and {@code finding} tables name alike
 * (:rule, :outcome, :severity, :formula, :operands as JSON, :expected, :actual, :zh, :en, :attribution, :quote).
 */
public final class FindingColumns {

    private FindingColumns() {
    }

    /** The finding's parameters, for a batch of rows; add the table's own columns to it. */
    public static MapSqlParameterSource of(Finding f, JsonMapper json) {
        return new MapSqlParameterSource()
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

    /** The same parameters bound to one statement. */
    public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Finding f, JsonMapper json) {
        for (Map.Entry<String, Object> value : of(f, json).getValues().entrySet()) {
            statement.param(value.getKey(), value.getValue());
        }
        return statement;
    }
}
