package nianbao.notify.alerts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The alert lifecycle, keyed by finding fingerprint. Pure: the caller supplies what is already known. */
public final class AlertDecisions {

    private AlertDecisions() {
    }

    /**
     * @param validation       the validation just received (not yet seen before: replays are filtered earlier)
     * @param latestSubmission whether it concerns the newest submission of its agency and year; a re-validation of
     *                         an older, superseded submission changes no alert
     * @param known            every alert ever opened for the agency and year, by fingerprint
     */
    public static AlertPlan plan(Validation validation, boolean latestSubmission, Map<String, KnownAlert> known,
                                 AlertPolicy policy) {
        if (!latestSubmission) {
            return AlertPlan.NOTHING;
        }
        Map<String, Finding> alerting = new LinkedHashMap<>();
        for (Finding finding : validation.findings()) {
            if (policy.opensAlert(finding)) {
                alerting.putIfAbsent(finding.fingerprint(), finding);
            }
        }
        List<Finding> opened = new ArrayList<>();
        List<String> reopened = new ArrayList<>();
        List<Finding> refreshed = new ArrayList<>();
        for (Finding finding : alerting.values()) {
            KnownAlert existing = known.get(finding.fingerprint());
            AlertStatus status = existing == null ? null : existing.status();
            if (status == null) {
                opened.add(finding);
            } else {
                refreshed.add(finding);
                if (status == AlertStatus.RESOLVED) {
                    reopened.add(finding.fingerprint());
                }
            }
        }
        // a missing finding proves nothing when its rule was not assessed (unreadable upload, truncated table)
        Set<String> assessedRules = new HashSet<>(validation.passedChecks().keySet());
        validation.findings().stream().filter(f -> f.outcome().equals("FAIL")).forEach(f -> assessedRules.add(f.ruleId()));
        List<String> resolved = known.entrySet().stream()
                .filter(e -> e.getValue().status() == AlertStatus.OPEN && !alerting.containsKey(e.getKey())
                        && assessedRules.contains(e.getValue().ruleId()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        return new AlertPlan(opened, reopened, resolved, refreshed);
    }
}
