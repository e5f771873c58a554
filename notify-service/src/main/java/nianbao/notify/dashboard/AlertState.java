package nianbao.notify.dashboard;

import nianbao.notify.alerts.AlertStatus;
import nianbao.notify.review.Decision;
import nianbao.notify.review.Review;

/** Where an alert stands for the supervisor: resolution by the agency wins over any review. */
public enum AlertState {
    OPEN, CONFIRMED, DISMISSED, RESOLVED;

    public static AlertState of(AlertStatus status, Review latestReview) {
        if (status == AlertStatus.RESOLVED) {
            return RESOLVED;
        }
        if (latestReview == null) {
            return OPEN;
        }
        return latestReview.decision() == Decision.CONFIRMED ? CONFIRMED : DISMISSED;
    }
}
