package nianbao.validate.config;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nianbao.report.AgencyLevel;
import nianbao.validate.engine.Fingerprint;

/**
 * The configurable part of the rule set, as plain data (the service binds its Spring configuration to it).
 *
 * @param baseVersion     the version of the catalogue code, e.g. "2026.1"
 * @param regionOverrides region-code prefix ("" = everywhere) → rule id → override; a longer prefix wins
 * @param localDeadlines  publication deadlines set locally; the longest matching prefix for the level wins,
 *                        else the statutory deadline of the level
 */
public record RuleSetConfig(String baseVersion, Map<String, Map<String, RuleOverride>> regionOverrides,
                            List<LocalDeadline> localDeadlines) {

    public static final String BASE_VERSION = "2026.1";

    public RuleSetConfig {
        Map<String, Map<String, RuleOverride>> copy = new TreeMap<>();
        regionOverrides.forEach((prefix, rules) -> copy.put(prefix == null ? "" : prefix, Map.copyOf(rules)));
        regionOverrides = Collections.unmodifiableMap(copy);
        localDeadlines = List.copyOf(localDeadlines);
    }

    public static RuleSetConfig defaults() {
        return new RuleSetConfig(BASE_VERSION, Map.of(), List.of());
    }

    /**
     * The base version alone for the defaults, else base + "+" + 8 hex digits of a hash of the overrides and
     * deadlines: every event says which configuration judged it.
     */
    public String ruleSetVersion() {
        if (regionOverrides.isEmpty() && localDeadlines.isEmpty()) return baseVersion;
        StringBuilder canonical = new StringBuilder();
        regionOverrides.forEach((prefix, rules) -> new TreeMap<>(rules).forEach((rule, o) ->
                canonical.append(prefix).append('|').append(rule).append('|').append(o.disabled()).append('|')
                        .append(o.severity()).append('\n')));
        localDeadlines.stream()
                .map(d -> d.regionPrefix() + "|" + d.level() + "|" + d.deadline().warnAfter() + "|" + d.deadline().errorAfter())
                .sorted()
                .forEach(line -> canonical.append(line).append('\n'));
        return baseVersion + "+" + Fingerprint.sha256Hex(canonical.toString()).substring(0, 8);
    }

    /** The overrides in force in {@code regionCode}: all matching prefixes merged, longer prefixes winning. */
    public Map<String, RuleOverride> overridesFor(String regionCode) {
        String region = regionCode == null ? "" : regionCode;
        Map<String, RuleOverride> merged = new HashMap<>();
        regionOverrides.entrySet().stream()
                .filter(e -> region.startsWith(e.getKey()))
                .sorted(Comparator.comparingInt(e -> e.getKey().length()))
                .forEach(e -> merged.putAll(e.getValue()));
        return merged;
    }

    /** The deadline for an agency, or null when its level is unknown. */
    public Deadline deadlineFor(AgencyLevel level, String regionCode) {
        String region = regionCode == null ? "" : regionCode;
        return localDeadlines.stream()
                .filter(d -> d.level() == level && region.startsWith(d.regionPrefix()))
                .max(Comparator.comparingInt(d -> d.regionPrefix().length()))
                .map(LocalDeadline::deadline)
                .orElseGet(() -> statutory(level));
    }

    private static Deadline statutory(AgencyLevel level) {
        if (level == null || level == AgencyLevel.UNKNOWN) return null;
        if (level.isDepartment()) return Deadline.DEPARTMENT;
        if (level.isLocalGovernment()) return Deadline.LOCAL_GOVERNMENT;
        return Deadline.TOWNSHIP_DEFAULT;
    }
}
