package nianbao.notify.alerts;

/** Whether the problem an alert names is still in the agency's latest report for that year. */
public enum AlertStatus {
    OPEN, RESOLVED
}
