package nianbao.notify.routing;

import java.util.List;
import java.util.Optional;

/**
 * The active supervisors; answers who is responsible for an agency. The service's one is the {@code account} table
 * ({@code nianbao.notify.directory.AccountTable}): asked afresh each time, so an administrator's change holds for the
 * next notice and the next request.
 */
public interface SupervisorDirectory {

    List<Supervisor> supervisors();

    default List<Supervisor> responsibleFor(Agency agency) {
        return supervisors().stream().filter(s -> s.oversees(agency)).toList();
    }

    default Optional<Supervisor> byUsername(String username) {
        return supervisors().stream().filter(s -> s.username().equals(username)).findFirst();
    }

    /** A fixed list, for tests and tools. */
    static SupervisorDirectory of(List<Supervisor> supervisors) {
        List<Supervisor> fixed = List.copyOf(supervisors);
        return () -> fixed;
    }
}
