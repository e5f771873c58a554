package nianbao.notify.dashboard;

import nianbao.notify.alerts.Alert;
import nianbao.notify.review.Review;

/** An alert as the dashboard shows it, with its latest review (or null) and the resulting state. */
public record AlertView(Alert alert, Review review, AlertState state) {

    public String fingerprint() {
        return alert.fingerprint();
    }
}
