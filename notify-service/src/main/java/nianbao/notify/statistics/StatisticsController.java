package nianbao.notify.statistics;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nianbao.notify.agencies.AgencyDirectory;
import nianbao.notify.dashboard.AlertBoard;
import nianbao.notify.dashboard.CurrentSupervisor;
import nianbao.notify.reports.ReportStore;
import nianbao.notify.routing.Agency;
import nianbao.notify.routing.Supervisor;

/** The statistics of the supervisor's jurisdiction over a range of report years (at most 20). */
@RestController
class StatisticsController {

    static final int MAX_YEARS = 20;

    private final CurrentSupervisor current;
    private final AgencyDirectory directory;
    private final ReportStore reports;
    private final AlertBoard board;

    StatisticsController(CurrentSupervisor current, AgencyDirectory directory, ReportStore reports, AlertBoard board) {
        this.current = current;
        this.directory = directory;
        this.reports = reports;
        this.board = board;
    }

    @GetMapping("/api/statistics")
    Statistics.Result statistics(Principal principal, @RequestParam int from, @RequestParam int to) {
        if (to < from || to - from >= MAX_YEARS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a range of 1 to " + MAX_YEARS + " years");
        }
        Supervisor supervisor = current.of(principal);
        List<String> agencies = directory.agenciesIn(supervisor.jurisdiction()).stream().map(Agency::id).toList();
        return Statistics.of(from, to, reports.latest(agencies, from, to), board.ofYears(supervisor, from, to));
    }
}
