package nianbao.notify.reports;

import java.util.List;

/**
 * Everything the page of one submission shows. {@code lines} is null when the text never reached this service (the
 * report-parsed event predates it). {@code years}: the agency's reports year by year, headline cells in the order of
 * {@code headlineCells}, "" where a figure was not read.
 */
public record ReportPage(String submissionId, String agencyId, String agencyName, String regionCode, String regionName,
                         String levelZh,
                         int reportYear, String submittedAt, String validatedAt, String verdict, String verdictZh,
                         String formatZh, String ruleSetVersion, int passed, List<FindingCard> findings,
                         List<Highlights.Line> lines, List<HistoryWords.Entry> history,
                         List<HeadlineCells.Cell> headlineCells, List<YearFigures> years) {

    /** One year of the agency's reports with its headline cells. */
    public record YearFigures(int year, String submissionId, String submittedAt, String verdictZh, List<String> values) {
    }
}
