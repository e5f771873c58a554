package nianbao.notify.review;

import java.time.Instant;

/**
 * One decision on the alert with this fingerprint; the latest one counts. {@code reviewer} is the account's login,
 * {@code reviewerName} what people read (the account's name, the login if the account is gone).
 */
public record Review(String fingerprint, Decision decision, String comment, String reviewer, String reviewerName,
                     Instant reviewedAt) {
}
