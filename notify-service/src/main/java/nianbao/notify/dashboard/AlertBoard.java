package nianbao.notify.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import nianbao.notify.directory.AgencyDirectory;
import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.AlertStore;
import nianbao.notify.review.Review;
import nianbao.notify.review.ReviewStore;
import nianbao.notify.routing.Agency;
import nianbao.notify.routing.Supervisor;

/** The alerts one supervisor may see, with their reviews. */
@Service
public class AlertBoard {

    private final AlertStore alerts;
    private final AlertSearch search;
    private final ReviewStore reviews;
    private final AgencyDirectory agencies;

    AlertBoard(AlertStore alerts, AlertSearch search, ReviewStore reviews, AgencyDirectory agencies) {
        this.alerts = alerts;
        this.search = search;
        this.reviews = reviews;
        this.agencies = agencies;
    }

    public List<AlertView> visibleTo(Supervisor supervisor, String agencyId, Integer year, String ruleId,
                                     String severity, String outcome) {
        return withReviews(alerts.search(agencyId, year, ruleId, severity, outcome).stream()
                .filter(alert -> supervisor.oversees(alert.agency()))
                .toList());
    }

    /** The supervisor's alerts matching {@code criteria} and {@code state} (null = any), in the search's order. */
    List<AlertView> matching(Supervisor supervisor, AlertSearch.Criteria criteria, AlertState state) {
        List<String> ids = agencies.agenciesIn(supervisor.jurisdiction()).stream().map(Agency::id).toList();
        return withReviews(search.find(ids, criteria).stream().filter(alert -> supervisor.oversees(alert.agency()))
                .toList()).stream()
                .filter(view -> state == null || view.state() == state)
                .toList();
    }

    /** The views of all alerts of these agencies in a year range (the exports). */
    public List<AlertView> ofYears(Supervisor supervisor, int fromYear, int toYear) {
        return matching(supervisor, new AlertSearch.Criteria(null, fromYear, toYear, null, null, null, null), null);
    }

    /** Per agency: its ERROR alerts of the year that are neither resolved nor dismissed. */
    public Map<String, Integer> openErrorsByAgency(Supervisor supervisor, int year) {
        Map<String, Integer> counts = new HashMap<>();
        ofYears(supervisor, year, year).stream()
                .filter(view -> view.alert().finding().severity().equals("ERROR"))
                .filter(view -> view.state() == AlertState.OPEN || view.state() == AlertState.CONFIRMED)
                .forEach(view -> counts.merge(view.alert().agency().id(), 1, Integer::sum));
        return counts;
    }

    /** The views of these alerts, each with its latest review. */
    public List<AlertView> withReviews(List<Alert> visible) {
        Map<String, Review> latest = new HashMap<>();
        reviews.of(visible.stream().map(Alert::fingerprint).toList())
                .forEach(review -> latest.put(review.fingerprint(), review));
        return visible.stream().map(alert -> {
            Review review = latest.get(alert.fingerprint());
            return new AlertView(alert, review, AlertState.of(alert.status(), review));
        }).toList();
    }
}
