package nianbao.notify.statistics;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nianbao.notify.dashboard.AlertBoard;
import nianbao.notify.dashboard.CurrentSupervisor;
import nianbao.notify.reports.JurisdictionReports;
import nianbao.notify.routing.Supervisor;

/** The statistics of the supervisor's jurisdiction over a range of report years (at most 20). */
@RestController
class StatisticsController {

    static final int MAX_YEARS = 20;

    private final CurrentSupervisor current;
    private final JurisdictionReports jurisdiction;
    private final AlertBoard board;

    StatisticsController(CurrentSupervisor current, JurisdictionReports jurisdiction, AlertBoard board) {
        this.current = current;
        this.jurisdiction = jurisdiction;
        this.board = board;
    }

    @GetMapping("/api/statistics")
    Statistics.Result statistics(Principal principal, @RequestParam int from, @RequestParam int to) {
        if (to < from || to - from >= MAX_YEARS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a range of 1 to " + MAX_YEARS + " years");
        }
        Supervisor supervisor = current.of(principal);
        return Statistics.of(from, to, jurisdiction.latest(supervisor, from, to), board.ofYears(supervisor, from, to),
                jurisdiction.regionNames());
    }
}
