package nianbao.notify.review;

import java.time.Instant;

/** One decision on the alert with this fingerprint; the latest one counts. */
public record Review(String fingerprint, Decision decision, String comment, String reviewer, Instant reviewedAt) {
}
