package nianbao.validate.engine;

import java.time.LocalDate;
import nianbao.report.AgencyLevel;

/**
 * Who submitted the report and for which year: what the rules need besides the parsed document.
 *
 * @param publishedOn the publication date stated with the submission, or null
 */
public record ReportContext(String submissionId, String agencyId, String agencyName, String regionCode,
                            AgencyLevel level, int reportYear, LocalDate publishedOn) {
}
