package nianbao.notify.reports;

import java.time.Instant;
import java.util.Map;

import nianbao.notify.routing.Agency;

/**
 * An agency's report for a year as its newest submission's latest validation stands: {@code firstSubmittedAt} is
 * when the agency first submitted for that year (deadlines count from it), {@code keyFigures} the headline cells by
 * cell id, decimal text.
 */
public record ReportSummary(Agency agency, int reportYear, String submissionId, Instant firstSubmittedAt,
                            Instant submittedAt, String verdict, String formatVersion, String ruleSetVersion,
                            Instant validatedAt, Map<String, String> keyFigures) {

    public ReportSummary {
        keyFigures = Map.copyOf(keyFigures);
    }
}
