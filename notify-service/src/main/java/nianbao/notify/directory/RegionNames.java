package nianbao.notify.directory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nianbao.events.AgencyLevel;

/**
 * Names for 6-digit region codes, read off the agency directory (no gazetteer): a government agency names its own
 * region (某市某区人民政府 → 某市某区), and a department's or township's parent government names the region the
 * agency is registered under (a county department's parent is that county's government). Where the directory holds
 * several names for one code the most frequent wins (then the shorter, then the first in order); a code it has no
 * name for is shown as "地区 " and the code, which says what the number is without pretending to know more. Pure.
 */
public record RegionNames(Map<String, String> names) {

    private static final Set<AgencyLevel> GOVERNMENTS = Set.of(AgencyLevel.PROVINCIAL_GOVERNMENT,
            AgencyLevel.CITY_GOVERNMENT, AgencyLevel.COUNTY_GOVERNMENT);
    private static final String GOVERNMENT = "人民政府";

    public RegionNames {
        names = Map.copyOf(names);
    }

    public static RegionNames from(List<DirectoryAgency> agencies) {
        Map<String, Map<String, Integer>> candidates = new HashMap<>();
        for (DirectoryAgency agency : agencies) {
            String government = GOVERNMENTS.contains(agency.level()) ? agency.name() : agency.parentGovernment();
            String name = regionOf(government);
            if (!name.isEmpty()) {
                candidates.computeIfAbsent(agency.regionCode(), code -> new TreeMap<>()).merge(name, 1, Integer::sum);
            }
        }
        Map<String, String> names = new HashMap<>();
        candidates.forEach((code, counted) -> names.put(code, counted.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparingInt(e -> e.getKey().length()))
                .orElseThrow().getKey()));
        return new RegionNames(names);
    }

    /** The region's name, or "地区 <code>" where the directory has none. */
    public String label(String regionCode) {
        String name = names.get(regionCode);
        return name != null ? name : "地区 " + regionCode;
    }

    /** 某市某区人民政府 → 某市某区; a name without 人民政府 (a development zone's, say) is the region's own. */
    private static String regionOf(String government) {
        if (government == null || government.isBlank()) {
            return "";
        }
        String name = government.strip();
        return name.endsWith(GOVERNMENT) && name.length() > GOVERNMENT.length()
                ? name.substring(0, name.length() - GOVERNMENT.length()) : name;
    }
}
