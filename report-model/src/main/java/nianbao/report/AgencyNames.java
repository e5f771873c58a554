package nianbao.report;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an agency's name says about it: its {@link AgencyLevel}, read from the administrative divisions that open the
 * name and the body that follows them. Pure; used by the parser (which keeps only names it can place) and by the
 * offline checker (which has no registry to ask).
 *
 * <p>The divisions are read from the start, each lower than the one before: 省/自治区 and the four municipalities
 * (北京市, 上海市, 天津市, 重庆市) are provincial; 市/州/盟/地区 city; 县/区/旗 county (a 市 under a city is a
 * county-level city); 乡/镇/街道 township, only when a government or 办事处 or nothing follows (so 城乡建设局 is no
 * township). A bare leading 区/县/市 (区统计局) counts as that tier. Then the body: nothing or 人民政府 is the
 * government of the last tier, anything else (人民政府办公厅, 统计局) a department of it; at township level both are
 * TOWNSHIP. 国务院…, 国家…局 and a bare …部 or …总署 are State Council departments, unless a division follows (国家税务总局
 * 某市税务局 is that city's department). A parenthesised alias naming a lower tier (开发区（某某镇）) decides the level.
 * A 市 standing alone cannot be told from a county-level city without a gazetteer: it is read as a city, which at worst
 * misses a T2-RULES-AUTHORITY warning and never raises a false one. A development zone (工业园区, 经济技术开发区,
 * 高新区, 保税区…) ends in 区 but is no division: a zone named alone has no level that its name tells (its
 * 管委会 is a body sent out by some government), one named after a division is a body of that division's government.
 */
public final class AgencyNames {

    private enum Tier { PROVINCE, CITY, COUNTY, TOWNSHIP }

    private static final Set<String> MUNICIPALITIES = Set.of("北京市", "上海市", "天津市", "重庆市");

    /** What ends a division's name, longer before shorter where they end alike (州市 before 州). */
    private static final List<String> SUFFIXES = List.of("自治区", "特别行政区", "自治州", "自治县", "自治旗", "州市", "州区",
            "地区", "林区", "特区", "街道", "省", "市", "州", "盟", "县", "区", "旗", "乡", "镇");
    /** The longest division name before its suffix: 黔东南苗族侗族自治州. */
    private static final int LONGEST_DIVISION_NAME = 10;
    private static final Pattern TOWNSHIP_FOLLOWER = Pattern.compile("^(人民政府|政府|办事处|街道办事处|党委|党工委|$)");
    private static final Pattern STATE_COUNCIL = Pattern.compile("^(国务院|国家\\p{IsHan}*?(总局|局|委员会|署))");
    private static final Pattern BARE_MINISTRY = Pattern.compile("^\\p{IsHan}{1,12}(部|总署)$");
    private static final Pattern ALIAS = Pattern.compile("[（(]([^（）()]*)[）)]");
    /** How the name of a development zone ends before its 区 (工业园区, 经济技术开发区, 高新区, 综合保税区, 旅游度假区). */
    private static final String ZONE_WORDS = "(园|开发|高新|工业|产业|保税|示范|试验|合作|度假|风景名胜|自贸)";
    private static final Pattern ZONE_STEM = Pattern.compile(ZONE_WORDS + "$");
    private static final Pattern ZONE = Pattern.compile("\\p{IsHan}{2,}" + ZONE_WORDS + "区");
    private static final String GOVERNMENT = "人民政府";

    private AgencyNames() {
    }

    /** The agency the document names as its author (the parser's AGENCY fact), if it names one. */
    public static Optional<String> statedIn(ParsedReport report) {
        return report.facts(FactKind.AGENCY).stream().map(f -> f.qualifier(Qualifier.Agency.class))
                .filter(a -> a != null && !a.name().isBlank()).map(Qualifier.Agency::name).findFirst();
    }

    /**
     * The name is that of a particular body: one whose level it tells, or a development zone (某某工业园区), which names
     * its 管委会 though not its level. `政府办公室` or `我局` name no one in particular.
     */
    public static boolean namesABody(String name) {
        return levelOf(name) != AgencyLevel.UNKNOWN || (name != null && ZONE.matcher(name.replaceAll("\\s+", "")).find());
    }

    /** The level the name suggests; UNKNOWN when it names no division and no State Council body. */
    public static AgencyLevel levelOf(String name) {
        if (name == null) return AgencyLevel.UNKNOWN;
        String compact = name.replaceAll("\\s+", "").replace("中华人民共和国", "");
        AgencyLevel level = levelWithoutAlias(ALIAS.matcher(compact).replaceAll(""));
        Matcher alias = ALIAS.matcher(compact);
        while (alias.find()) {
            AgencyLevel aliased = levelWithoutAlias(alias.group(1));
            if (aliased == AgencyLevel.TOWNSHIP) level = aliased;
        }
        return level;
    }

    private static AgencyLevel levelWithoutAlias(String name) {
        Matcher council = STATE_COUNCIL.matcher(name);
        if (council.find()) {
            Placed branch = placed(name.substring(council.end()));
            return branch == null ? AgencyLevel.MINISTRY : level(branch);
        }
        Placed placed = placed(name);
        if (placed != null) return level(placed);
        return BARE_MINISTRY.matcher(name).matches() ? AgencyLevel.MINISTRY : AgencyLevel.UNKNOWN;
    }

    /** The lowest division the name opens with, and the body after the divisions. */
    private record Placed(Tier tier, String body) {
    }

    private static Placed placed(String name) {
        Tier tier = null;
        int at = 0;
        while (at < name.length()) {
            // 某区人民政府某街道办事处: a lower division may follow a government
            int from = tier != null && name.startsWith(GOVERNMENT, at) ? at + GOVERNMENT.length() : at;
            Division next = division(name, from, tier);
            if (next == null) break;
            tier = next.tier();
            at = next.end();
        }
        if (tier == null) {
            tier = name.isEmpty() ? null : switch (name.charAt(0)) {
                case '省' -> Tier.PROVINCE;
                case '市', '州' -> Tier.CITY;
                case '区', '县', '旗' -> Tier.COUNTY;
                case '乡', '镇' -> Tier.TOWNSHIP;
                default -> null;
            };
            if (tier == null) return null;
            at = 1;
        }
        return new Placed(tier, name.substring(at));
    }

    private record Division(Tier tier, int end) {
    }

    /** The shortest division starting at {@code from} that can stand under {@code above}, or null. */
    private static Division division(String name, int from, Tier above) {
        for (int end = from + 1; end <= Math.min(name.length() - 1, from + LONGEST_DIVISION_NAME); end++) {
            if (!isHan(name.charAt(end - 1))) return null;
            for (String suffix : SUFFIXES) {
                if (!name.startsWith(suffix, end)) continue;
                Tier tier = tierOf(name.substring(from, end), suffix, above, name.substring(end + suffix.length()));
                if (tier != null) return new Division(tier, end + suffix.length());
            }
        }
        return null;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * The tier of division {@code stem + suffix} under {@code above}, or null when it cannot be one there (城市管理局
     * under a city, 城乡建设局 followed by no government).
     */
    private static Tier tierOf(String stem, String suffix, Tier above, String after) {
        Tier tier = switch (suffix) {
            case "自治区", "特别行政区", "省" -> Tier.PROVINCE;
            case "自治州", "州市", "地区", "州", "盟" -> Tier.CITY;
            case "市" -> above == null && MUNICIPALITIES.contains(stem + suffix) ? Tier.PROVINCE
                    : above == Tier.CITY && stem.length() >= 2 ? Tier.COUNTY : Tier.CITY;
            case "街道", "乡", "镇" -> stem.length() >= 2 && TOWNSHIP_FOLLOWER.matcher(after).find() ? Tier.TOWNSHIP : null;
            case "区" -> ZONE_STEM.matcher(stem).find() ? null : Tier.COUNTY;
            default -> Tier.COUNTY;
        };
        return tier != null && (above == null || tier.compareTo(above) > 0) ? tier : null;
    }

    private static AgencyLevel level(Placed placed) {
        String body = placed.body();
        boolean government = body.isEmpty() || body.equals(GOVERNMENT) || body.equals("政府");
        return switch (placed.tier()) {
            case PROVINCE -> government ? AgencyLevel.PROVINCIAL_GOVERNMENT : AgencyLevel.PROVINCIAL_DEPARTMENT;
            case CITY -> government ? AgencyLevel.CITY_GOVERNMENT : AgencyLevel.CITY_DEPARTMENT;
            case COUNTY -> government ? AgencyLevel.COUNTY_GOVERNMENT : AgencyLevel.COUNTY_DEPARTMENT;
            case TOWNSHIP -> AgencyLevel.TOWNSHIP;
        };
    }
}
