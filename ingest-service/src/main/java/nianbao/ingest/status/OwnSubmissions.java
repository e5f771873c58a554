package nianbao.ingest.status;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/submissions} answers to an agency's key: its own submissions, newest first. The counts are
 * those of the latest validation (zero before it): failed checks by severity, and the checks left uncertain.
 */
public record OwnSubmissions(String agencyId, String agencyName, List<Entry> submissions) {

    public OwnSubmissions {
        submissions = List.copyOf(submissions);
    }

    public record Entry(String submissionId, int reportYear, String fileName, String channel, Instant submittedAt,
                        SubmissionStatus.State status, String verdict, Instant validatedAt, int errors, int warnings,
                        int notes, int uncertain) {
    }
}
