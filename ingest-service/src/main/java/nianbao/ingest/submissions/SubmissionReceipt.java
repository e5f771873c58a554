package nianbao.ingest.submissions;

/** The answer to a submission: where to follow it, and whether it repeats an earlier one. */
public record SubmissionReceipt(String submissionId, String statusUrl, boolean duplicate) {
}
