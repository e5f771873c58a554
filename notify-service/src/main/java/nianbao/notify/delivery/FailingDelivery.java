package nianbao.notify.delivery;

import java.time.Instant;

/**
 * A notice that has not gone out yet although it was tried: what failed last, and when it is tried again. People read
 * {@code agencyName} and {@code reportYear}; the ids serve links and support.
 */
public record FailingDelivery(Channel channel, NoticeKind kind, String agencyId, String agencyName, int reportYear,
                              String ruleId, String fingerprint,
                              String submissionId, int attempts, String lastError, Instant nextAttemptAt) {
}
