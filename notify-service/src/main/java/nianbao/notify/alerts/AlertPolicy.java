package nianbao.notify.alerts;

import java.util.Set;

/**
 * Which findings open an alert. The default is FAIL at ERROR or WARNING: an UNCERTAIN finding rests on inferred or
 * ambiguous operands (design §4.2), and chasing an agency for our own misreading costs supervisors' trust. A
 * deployment may add UNCERTAIN to {@code outcomes}.
 */
public record AlertPolicy(Set<String> outcomes, Set<String> severities) {

    public static final AlertPolicy DEFAULT = new AlertPolicy(Set.of("FAIL"), Set.of("ERROR", "WARNING"));

    public AlertPolicy {
        outcomes = Set.copyOf(outcomes);
        severities = Set.copyOf(severities);
    }

    public boolean opensAlert(Finding finding) {
        return outcomes.contains(finding.outcome()) && severities.contains(finding.severity());
    }
}
