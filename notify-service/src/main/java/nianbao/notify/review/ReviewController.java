package nianbao.notify.review;

import java.security.Principal;
import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.AlertStore;
import nianbao.notify.alerts.AlertsChanged;
import nianbao.notify.dashboard.CurrentSupervisor;
import nianbao.notify.routing.Supervisor;

/** A supervisor confirms or dismisses an alert of their jurisdiction, with a comment. */
@RestController
class ReviewController {

    record ReviewRequest(Decision decision, String comment) {
    }

    private final AlertStore alerts;
    private final ReviewStore reviews;
    private final CurrentSupervisor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewController(AlertStore alerts, ReviewStore reviews, CurrentSupervisor current,
                     ApplicationEventPublisher events, Clock clock) {
        this.alerts = alerts;
        this.reviews = reviews;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    @PostMapping("/api/alerts/{fingerprint}/review")
    Review review(@PathVariable String fingerprint, @RequestBody ReviewRequest request, Principal principal) {
        Alert alert = alerts.byFingerprint(fingerprint)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no alert " + fingerprint));
        Supervisor supervisor = current.overseeing(principal, alert.agency());
        if (request.decision() == null || request.comment() == null || request.comment().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a decision and a comment are required");
        }
        Review review = reviews.record(fingerprint, request.decision(), request.comment().strip(),
                supervisor.username(), clock.instant());
        events.publishEvent(new AlertsChanged(alert.agency(), alert.reportYear(), "REVIEWED"));
        return review;
    }
}
