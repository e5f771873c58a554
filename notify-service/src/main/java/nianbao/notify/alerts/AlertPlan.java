package nianbao.notify.alerts;

import java.util.List;

/**
 * What one validation does to the alerts of its agency and year.
 *
 * @param opened   findings whose fingerprint was never alerted: new alerts, to be notified
 * @param reopened fingerprints that had been resolved and are back: open again, but never notified twice
 * @param resolved  fingerprints of open alerts missing from this (latest) validation: closed, resolution notified
 * @param refreshed findings of alerts that already existed: the alert takes their current severity, outcome and
 *                  wording (a new rule set may re-grade a rule), silently
 */
public record AlertPlan(List<Finding> opened, List<String> reopened, List<String> resolved, List<Finding> refreshed) {

    public static final AlertPlan NOTHING = new AlertPlan(List.of(), List.of(), List.of(), List.of());

    public AlertPlan {
        opened = List.copyOf(opened);
        refreshed = List.copyOf(refreshed);
        reopened = List.copyOf(reopened);
        resolved = List.copyOf(resolved);
    }
}
