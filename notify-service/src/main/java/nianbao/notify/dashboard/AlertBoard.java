package nianbao.notify.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.AlertStore;
import nianbao.notify.review.Review;
import nianbao.notify.review.ReviewStore;
import nianbao.notify.routing.Supervisor;

/** The alerts one supervisor may see, with their reviews. */
@Service
public class AlertBoard {

    private final AlertStore alerts;
    private final ReviewStore reviews;

    AlertBoard(AlertStore alerts, ReviewStore reviews) {
        this.alerts = alerts;
        this.reviews = reviews;
    }

    public List<AlertView> visibleTo(Supervisor supervisor, String agencyId, Integer year, String ruleId,
                                     String severity, String outcome) {
        List<Alert> visible = alerts.search(agencyId, year, ruleId, severity, outcome).stream()
                .filter(alert -> supervisor.oversees(alert.agency()))
                .toList();
        Map<String, Review> latest = new HashMap<>();
        reviews.of(visible.stream().map(Alert::fingerprint).toList())
                .forEach(review -> latest.put(review.fingerprint(), review));
        return visible.stream().map(alert -> {
            Review review = latest.get(alert.fingerprint());
            return new AlertView(alert, review, AlertState.of(alert.status(), review));
        }).toList();
    }
}
