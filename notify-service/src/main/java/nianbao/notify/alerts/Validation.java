package nianbao.notify.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nianbao.notify.routing.Agency;

/**
 * A report-validated event in the service's own terms: {@code findings} what did not pass, {@code passedChecks} how
 * many checks of each rule passed.
 */
public record Validation(String submissionId, Agency agency, int reportYear, String ruleSetVersion,
                         String formatVersion, String verdict, String trigger, Instant submittedAt,
                         Instant validatedAt, Map<String, String> keyFigures, List<Finding> findings,
                         Map<String, Integer> passedChecks) {

    public Validation {
        keyFigures = Map.copyOf(keyFigures);
        findings = List.copyOf(findings);
        passedChecks = Map.copyOf(passedChecks);
    }

    public int passedCount() {
        return passedChecks.values().stream().mapToInt(Integer::intValue).sum();
    }
}
