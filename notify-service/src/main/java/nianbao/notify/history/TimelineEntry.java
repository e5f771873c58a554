package nianbao.notify.history;

import java.time.Instant;

/**
 * One event in an agency's history. {@code kind}: VALIDATED (detail = verdict, trigger and failing findings),
 * ALERT_OPENED / ALERT_REOPENED / ALERT_RESOLVED (detail = severity), REVIEW_CONFIRMED / REVIEW_DISMISSED (detail =
 * reviewer and comment).
 */
public record TimelineEntry(Instant at, String kind, int reportYear, String submissionId, String ruleSetVersion,
                            String ruleId, String fingerprint, String detail) {
}
