package nianbao.schemas.validations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.events.Finding;
import nianbao.events.PassedChecks;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;

/**
 * The checks that passed, counted by rule in the order the rules first appear, each with its first check's messages:
 * what report-validated carries in {@code passedChecks}, and what its consumers read from it.
 */
public final class PassedChecksTally {

    private final Map<String, PassedChecks> byRule = new LinkedHashMap<>();

    /** Counts {@code count} more passed checks of {@code ruleId}; the messages are kept from its first. */
    public PassedChecksTally add(String ruleId, int count, String messageZh, String messageEn) {
        PassedChecks counted = byRule.get(ruleId);
        byRule.put(ruleId, counted == null ? new PassedChecks(ruleId, count, messageZh, messageEn)
                : new PassedChecks(ruleId, counted.getCount() + count, counted.getMessageZh(), counted.getMessageEn()));
        return this;
    }

    public List<PassedChecks> counted() {
        return List.copyOf(byRule.values());
    }

    /** An event's passed checks; one written before passedChecks existed carries each as a PASS finding. */
    public static List<PassedChecks> of(ReportValidated event) {
        PassedChecksTally tally = new PassedChecksTally();
        event.getPassedChecks().forEach(p -> tally.add(p.getRuleId(), p.getCount(), p.getMessageZh(), p.getMessageEn()));
        event.getFindings().stream().filter(PassedChecksTally::passed)
                .forEach(f -> tally.add(f.getRuleId(), 1, f.getMessageZh(), f.getMessageEn()));
        return tally.counted();
    }

    /** The findings that did not pass, whichever way the event was written. */
    public static List<Finding> notPassed(ReportValidated event) {
        return event.getFindings().stream().filter(f -> !passed(f)).toList();
    }

    private static boolean passed(Finding finding) {
        return finding.getOutcome() == RuleOutcome.PASS;
    }
}
