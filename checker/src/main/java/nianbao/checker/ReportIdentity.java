package nianbao.checker;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.report.AgencyLevel;
import nianbao.report.AgencyNames;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.report.ParsedReport;

/**
 * Who a report file is from and for which year, when the user does not say. The agency is the one the report names
 * (the parser's AGENCY fact: title, first sentence, 发布机构/来源, signature), never the file name, which names a file
 * and not an agency: a report that names no agency the checker can place has none (null), and S-TITLE says so. The
 * year is the title's, else a four-digit year in the file name.
 *
 * @param agencyName null when the report names no agency whose level can be told
 * @param year       null when neither the title nor the file name carries one
 */
public record ReportIdentity(String agencyName, Integer year, AgencyLevel level) {

    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    public static ReportIdentity infer(ParsedReport report, String fileName) {
        String agency = report == null ? null : AgencyNames.statedIn(report).orElse(null);
        Integer year = null;
        for (NarrativeFact title : report == null ? List.<NarrativeFact>of() : report.facts(FactKind.TITLE)) {
            if (title.value() != null) {
                year = title.value().intValue();
                break;
            }
        }
        Matcher inName = YEAR_IN_NAME.matcher(Path.of(fileName).getFileName().toString());
        if (year == null && inName.find()) year = Integer.valueOf(inName.group(1));
        return new ReportIdentity(agency, year, AgencyNames.levelOf(agency));
    }
}
