package nianbao.notify.alerts;

import java.util.List;

/**
 * What one validation does to the alerts of its agency and year.
 *
 * @param opened   findings whose fingerprint was never alerted: new alerts, to be notified
 * @param reopened fingerprints that had been resolved and are back: open again, but never notified twice
 * @param resolved fingerprints of open alerts missing from this (latest) validation: closed, resolution notified
 */
public record AlertPlan(List<Finding> opened, List<String> reopened, List<String> resolved) {

    public static final AlertPlan NOTHING = new AlertPlan(List.of(), List.of(), List.of());

    public AlertPlan {
        opened = List.copyOf(opened);
        reopened = List.copyOf(reopened);
        resolved = List.copyOf(resolved);
    }
}
