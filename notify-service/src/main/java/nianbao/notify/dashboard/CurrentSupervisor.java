package nianbao.notify.dashboard;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import nianbao.notify.routing.Agency;
import nianbao.notify.routing.Supervisor;
import nianbao.notify.routing.SupervisorDirectory;

/** The logged-in supervisor, and the rule that they act only within their jurisdiction (403 otherwise). */
@Component
public class CurrentSupervisor {

    private final SupervisorDirectory directory;

    CurrentSupervisor(SupervisorDirectory directory) {
        this.directory = directory;
    }

    public Supervisor of(Principal principal) {
        return directory.byUsername(principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "not a configured supervisor"));
    }

    public Supervisor overseeing(Principal principal, Agency agency) {
        Supervisor supervisor = of(principal);
        if (!supervisor.oversees(agency)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    agency.id() + " is outside the jurisdiction of " + supervisor.username());
        }
        return supervisor;
    }
}
