package nianbao.checker;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.report.AgencyLevel;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.report.ParsedReport;

/**
 * Who a report file is from and for which year, when the user does not say: read from the title
 * ({@code <agency><Y>年政府信息公开…}), else from the file name ({@code jinping-street-2022.txt}).
 *
 * @param year null when neither the title nor the file name carries one
 */
public record ReportIdentity(String agencyName, Integer year, AgencyLevel level) {

    private static final Pattern TITLE = Pattern.compile("^(.*?)(\\d{4})\\s*年");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    public static ReportIdentity infer(ParsedReport report, String fileName) {
        String stem = stem(fileName);
        String agency = null;
        Integer year = null;
        for (NarrativeFact title : report == null ? List.<NarrativeFact>of() : report.facts(FactKind.TITLE)) {
            Matcher m = TITLE.matcher(title.qualifier() == null ? "" : title.qualifier().replaceAll("\\s+", ""));
            if (m.find()) {
                if (!m.group(1).isBlank()) agency = m.group(1);
                year = Integer.valueOf(m.group(2));
                break;
            }
        }
        Matcher inName = YEAR_IN_NAME.matcher(stem);
        if (year == null && inName.find()) year = Integer.valueOf(inName.group(1));
        if (agency == null) agency = YEAR_IN_NAME.matcher(stem).replaceAll("").replaceAll("[-_\\s]+$", "");
        return new ReportIdentity(agency, year, levelOf(agency));
    }

    /**
     * The level suggested by the agency's name: 街道/镇/乡/…办 → township; 人民政府 → government of the tier
     * named; 局/委/办公室/厅/中心… → department of the tier named. File-name hints in English are accepted too.
     */
    static AgencyLevel levelOf(String name) {
        String n = name == null ? "" : name.toLowerCase();
        if (n.matches(".*(街道|镇|乡|street|town).*") || (n.endsWith("办") && !n.endsWith("政府办"))) return AgencyLevel.TOWNSHIP;
        if (n.endsWith("人民政府")) {
            if (n.contains("省") || n.contains("自治区")) return AgencyLevel.PROVINCIAL_GOVERNMENT;
            if (n.endsWith("市人民政府") || n.endsWith("州人民政府")) return AgencyLevel.CITY_GOVERNMENT;
            return AgencyLevel.COUNTY_GOVERNMENT;
        }
        if (n.matches(".*(局|委员会|委|办公室|厅|中心|政府办|bureau|office|department|commission).*")) {
            if (n.contains("省") || n.contains("厅")) return AgencyLevel.PROVINCIAL_DEPARTMENT;
            if (n.matches(".*[市州盟].*")) return AgencyLevel.CITY_DEPARTMENT;
            return AgencyLevel.COUNTY_DEPARTMENT;
        }
        return AgencyLevel.UNKNOWN;
    }

    private static String stem(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
