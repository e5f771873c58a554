package nianbao.notify.dashboard;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nianbao.notify.delivery.DeliveryOutbox;
import nianbao.notify.delivery.FailingDelivery;
import nianbao.notify.routing.Supervisor;

/** The dashboard's data: who is logged in, their alerts (filtered), and per-agency counts. */
@RestController
class DashboardController {

    private final AlertBoard board;
    private final CurrentSupervisor current;
    private final DeliveryOutbox outbox;

    DashboardController(AlertBoard board, CurrentSupervisor current, DeliveryOutbox outbox) {
        this.board = board;
        this.current = current;
        this.outbox = outbox;
    }

    @GetMapping("/api/me")
    Map<String, Object> me(Principal principal) {
        Supervisor supervisor = current.of(principal);
        return Map.of("username", supervisor.username(), "name", supervisor.name(),
                "regionCodes", supervisor.jurisdiction().regionCodes(),
                "levels", supervisor.jurisdiction().levels());
    }

    @GetMapping("/api/alerts")
    List<AlertView> alerts(Principal principal, @RequestParam(required = false) String agency,
                           @RequestParam(required = false) Integer year, @RequestParam(required = false) String rule,
                           @RequestParam(required = false) String severity,
                           @RequestParam(required = false) String outcome,
                           @RequestParam(required = false) AlertState state) {
        return board.visibleTo(current.of(principal), agency, year, rule, severity, outcome).stream()
                .filter(view -> state == null || view.state() == state)
                .toList();
    }

    @GetMapping("/api/summary")
    List<AgencySummary> summary(Principal principal, @RequestParam(required = false) Integer year) {
        return AgencySummary.of(board.visibleTo(current.of(principal), null, year, null, null, null));
    }

    /** E-mails and webhook calls to this supervisor that failed and wait for a retry. */
    @GetMapping("/api/deliveries/failing")
    List<FailingDelivery> failingDeliveries(Principal principal) {
        return outbox.failing(current.of(principal).username());
    }
}
