package nianbao.ingest.intake;

/** What makes two submissions the same: a resubmission with an equal key returns the earlier submission. */
public record SubmissionKey(String agencyId, int reportYear, String sha256) {
}
