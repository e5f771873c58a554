package nianbao.notify.routing;

import java.util.List;
import java.util.Set;

/**
 * What a supervisor oversees: region-code prefixes and agency levels.
 * A 6-digit code covers the codes that share its significant digits: trailing "00" pairs are wildcards, so
 * 410000 covers 41xxxx, 410200 covers 4102xx and 410202 only itself. No levels means every level.
 */
public record Jurisdiction(List<String> regionCodes, Set<String> levels) {

    public Jurisdiction {
        regionCodes = List.copyOf(regionCodes);
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        for (String code : regionCodes) {
            if (!code.matches("\\d{6}")) {
                throw new IllegalArgumentException("a jurisdiction region code has 6 digits: " + code);
            }
        }
    }

    public boolean covers(Agency agency) {
        return (levels.isEmpty() || levels.contains(agency.level()))
                && regionCodes.stream().anyMatch(code -> agency.regionCode().startsWith(significantPrefix(code)));
    }

    /** The digits a code fixes: 410200 → 4102, 410000 → 41, 410202 → 410202. */
    public static String significantPrefix(String regionCode) {
        String prefix = regionCode;
        while (prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }
}
