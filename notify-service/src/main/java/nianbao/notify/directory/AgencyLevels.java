package nianbao.notify.directory;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import nianbao.events.AgencyLevel;

/** The agency levels in the words an administrator uses, and back: a CSV may give either the symbol or the name. */
public final class AgencyLevels {

    private static final Map<AgencyLevel, String> CHINESE = Map.of(
            AgencyLevel.MINISTRY, "国务院部门",
            AgencyLevel.PROVINCIAL_GOVERNMENT, "省级人民政府",
            AgencyLevel.CITY_GOVERNMENT, "市级人民政府",
            AgencyLevel.COUNTY_GOVERNMENT, "县级人民政府",
            AgencyLevel.TOWNSHIP, "乡镇人民政府、街道办事处",
            AgencyLevel.PROVINCIAL_DEPARTMENT, "省级政府部门",
            AgencyLevel.CITY_DEPARTMENT, "市级政府部门",
            AgencyLevel.COUNTY_DEPARTMENT, "县级政府部门");

    private AgencyLevels() {
    }

    /** Every level an agency may have (UNKNOWN is only the Avro default for readers). */
    public static AgencyLevel[] assignable() {
        return Arrays.stream(AgencyLevel.values()).filter(CHINESE::containsKey).toArray(AgencyLevel[]::new);
    }

    public static String chinese(AgencyLevel level) {
        return CHINESE.getOrDefault(level, "未知层级");
    }

    /** A symbol ({@code TOWNSHIP}, any case) or its Chinese name; also 乡镇 and 街道 alone for TOWNSHIP. */
    public static Optional<AgencyLevel> parse(String text) {
        if (text == null) return Optional.empty();
        String given = text.strip();
        for (AgencyLevel level : assignable()) {
            if (level.name().equalsIgnoreCase(given) || CHINESE.get(level).equals(given)) return Optional.of(level);
        }
        if (given.equals("乡镇") || given.equals("街道") || given.equals("乡镇街道")) return Optional.of(AgencyLevel.TOWNSHIP);
        return Optional.empty();
    }
}
