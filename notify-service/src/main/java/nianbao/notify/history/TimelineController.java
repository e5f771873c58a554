package nianbao.notify.history;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nianbao.notify.dashboard.CurrentSupervisor;
import nianbao.notify.routing.Agency;

/** The per-agency timeline, for supervisors whose jurisdiction covers the agency. */
@RestController
class TimelineController {

    private final ValidationStore validations;
    private final Timeline timeline;
    private final CurrentSupervisor current;

    TimelineController(ValidationStore validations, Timeline timeline, CurrentSupervisor current) {
        this.validations = validations;
        this.timeline = timeline;
        this.current = current;
    }

    @GetMapping("/api/agencies/{agencyId}/timeline")
    List<TimelineEntry> timeline(@PathVariable String agencyId, Principal principal) {
        Agency agency = validations.agency(agencyId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no reports of " + agencyId));
        current.overseeing(principal, agency);
        return timeline.of(agencyId);
    }
}
