package nianbao.notify.dashboard;

import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The alerts list of the workspace: the supervisor's alerts, filtered, searched and paged on the server. */
@RestController
class AlertListController {

    private final AlertBoard board;
    private final CurrentSupervisor current;

    AlertListController(AlertBoard board, CurrentSupervisor current) {
        this.board = board;
        this.current = current;
    }

    @GetMapping("/api/alerts/page")
    Page<AlertRow> page(Principal principal, @RequestParam(required = false) String q,
                        @RequestParam(required = false) String agency, @RequestParam(required = false) Integer year,
                        @RequestParam(required = false) String rule, @RequestParam(required = false) String severity,
                        @RequestParam(required = false) String outcome, @RequestParam(required = false) AlertState state,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        AlertSearch.Criteria criteria = new AlertSearch.Criteria(agency, year, year, rule, severity, outcome, q);
        Page<AlertView> views = Page.of(board.matching(current.of(principal), criteria, state), page, Math.min(size, 200));
        return new Page<>(views.items().stream().map(AlertRow::of).toList(), views.total(), views.page(), views.size());
    }
}
