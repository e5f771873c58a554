package nianbao.notify.alerts;

/** What the decisions need to know of an existing alert. */
public record KnownAlert(String ruleId, AlertStatus status) {
}
