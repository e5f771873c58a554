package nianbao.validate.config;

import nianbao.validate.engine.Severity;

/**
 * A region's deviation from the catalogue for one rule: switched off, or reported at another severity.
 *
 * @param severity null to keep the rule's severity
 */
public record RuleOverride(boolean disabled, Severity severity) {

    public static RuleOverride disable() {
        return new RuleOverride(true, null);
    }

    public static RuleOverride severity(Severity severity) {
        return new RuleOverride(false, severity);
    }
}
