package nianbao.ingest.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What {@code GET /api/reports/{id}} answers: the submission, and once {@code report-validated} has arrived its
 * verdict, key figures, the findings that did not pass and the passed checks counted by rule (null/empty before).
 */
public record SubmissionStatus(String submissionId, String agencyId, int reportYear, State status, String fileName,
                               String mediaType, String sha256, long sizeBytes, LocalDate publishedOn,
                               String publicationUrl, String channel, Instant submittedAt, String verdict,
                               String ruleSetVersion, String formatVersion, Instant validatedAt,
                               Map<String, String> keyFigures, List<FindingView> findings,
                               List<PassedChecksView> passedChecks) {

    public enum State { SUBMITTED, VALIDATED }

    /** {@code explanationZh} is {@code messageZh} with its cell ids said in words ({@code OperandNames}), for the portal. */
    public record FindingView(String ruleId, String outcome, String severity, String messageZh, String explanationZh,
                              String quote) {
    }

    /** The checks of one rule that passed: how many, and the first one's message as an example. */
    public record PassedChecksView(String ruleId, int count, String messageZh, String explanationZh) {
    }
}
