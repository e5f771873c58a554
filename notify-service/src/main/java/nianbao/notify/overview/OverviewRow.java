package nianbao.notify.overview;

/**
 * One agency of the jurisdiction for a report year. {@code agencyId} and {@code submissionId} serve the page's links,
 * {@code regionCode} the filter and sort; people read {@code regionName}.
 * {@code submissionId} is null, and the verdict empty, while nothing was submitted.
 */
public record OverviewRow(String agencyId, String agencyName, String regionCode, String regionName, String level, String levelZh,
                          SubmissionStatus status, String statusZh, String deadline, String submittedAt,
                          String verdict, String verdictZh, int openErrors, String submissionId) {
}
