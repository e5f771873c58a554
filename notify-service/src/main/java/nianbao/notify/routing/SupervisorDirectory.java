package nianbao.notify.routing;

import java.util.List;
import java.util.Optional;

/** Every configured supervisor; answers who is responsible for an agency. */
public record SupervisorDirectory(List<Supervisor> supervisors) {

    public SupervisorDirectory {
        supervisors = List.copyOf(supervisors);
    }

    public List<Supervisor> responsibleFor(Agency agency) {
        return supervisors.stream().filter(s -> s.oversees(agency)).toList();
    }

    public Optional<Supervisor> byUsername(String username) {
        return supervisors.stream().filter(s -> s.username().equals(username)).findFirst();
    }
}
