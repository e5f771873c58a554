package nianbao.validate.events;

import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.report.AgencyLevel;
import nianbao.validate.config.Deadline;
import nianbao.validate.config.LocalDeadline;
import nianbao.validate.config.RuleOverride;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.engine.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Provincial practice differs, so rules are switched off or re-graded per region in configuration, e.g.
 * <pre>
 * nianbao.rules:
 *   overrides:
 *     "*":    { S-TITLE: { disabled: true } }          # everywhere
 *     "4102": { T2-MONEY-UNIT: { severity: WARNING } }  # one city: codes starting 4102
 *   local-deadlines:
 *     - { region-prefix: "4312", level: CITY_DEPARTMENT, error-after: "--01-28" }
 * </pre>
 */
@ConfigurationProperties("nianbao.rules")
public record RuleSetProperties(Map<String, Map<String, Override>> overrides, List<LocalDeadlineEntry> localDeadlines) {

    /** A rule's override in one region. */
    public record Override(boolean disabled, Severity severity) {
    }

    /** Month-days in ISO form, {@code --MM-DD}. */
    public record LocalDeadlineEntry(String regionPrefix, AgencyLevel level, String warnAfter, String errorAfter) {
    }

    public RuleSetConfig toConfig() {
        Map<String, Map<String, RuleOverride>> byRegion = new HashMap<>();
        (overrides == null ? Map.<String, Map<String, Override>>of() : overrides).forEach((region, rules) -> {
            Map<String, RuleOverride> converted = new HashMap<>();
            rules.forEach((rule, o) -> converted.put(rule, new RuleOverride(o.disabled(), o.severity())));
            byRegion.put("*".equals(region) ? "" : region, converted);
        });
        List<LocalDeadline> deadlines = (localDeadlines == null ? List.<LocalDeadlineEntry>of() : localDeadlines).stream()
                .map(d -> new LocalDeadline(d.regionPrefix(), d.level(), new Deadline(
                        d.warnAfter() == null ? null : MonthDay.parse(d.warnAfter()), MonthDay.parse(d.errorAfter()))))
                .toList();
        return new RuleSetConfig(RuleSetConfig.BASE_VERSION, byRegion, deadlines);
    }
}
