package nianbao.notify.alerts;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds a finding's content to the parameters that the {@code alert} and {@code finding} tables name alike
 * (:rule, :outcome, :severity, :formula, :operands as JSON, :expected, :actual, :zh, :en, :attribution, :quote).
 */
public final class FindingColumns {

    private FindingColumns() {
    }

    public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Finding f, JsonMapper json) {
        return statement
                .param("rule", f.ruleId())
                .param("outcome", f.outcome())
                .param("severity", f.severity())
                .param("formula", f.formula())
                .param("operands", json.writeValueAsString(f.operands()))
                .param("expected", f.expected())
                .param("actual", f.actual())
                .param("zh", f.messageZh())
                .param("en", f.messageEn())
                .param("attribution", f.attribution())
                .param("quote", f.quote());
    }
}
