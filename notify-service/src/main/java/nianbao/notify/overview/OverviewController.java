package nianbao.notify.overview;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nianbao.notify.dashboard.AlertBoard;
import nianbao.notify.dashboard.CurrentSupervisor;
import nianbao.notify.reports.JurisdictionReports;
import nianbao.notify.reports.ReportSummary;
import nianbao.notify.routing.Agency;
import nianbao.notify.routing.Supervisor;

/** The overview of a report year: every agency of the supervisor's jurisdiction and where its report stands. */
@RestController
class OverviewController {

    private final CurrentSupervisor current;
    private final JurisdictionReports jurisdiction;
    private final AlertBoard board;

    OverviewController(CurrentSupervisor current, JurisdictionReports jurisdiction, AlertBoard board) {
        this.current = current;
        this.jurisdiction = jurisdiction;
        this.board = board;
    }

    @GetMapping("/api/overview")
    Overview.Result overview(Principal principal, @RequestParam int year,
                             @RequestParam(required = false) String level, @RequestParam(required = false) String region,
                             @RequestParam(required = false) String status,
                             @RequestParam(defaultValue = "region") String sort,
                             @RequestParam(defaultValue = "false") boolean desc,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Supervisor supervisor = current.of(principal);
        List<Agency> agencies = jurisdiction.agencies(supervisor);
        Map<String, ReportSummary> byAgency = jurisdiction.latest(supervisor, year, year).stream()
                .collect(Collectors.toMap(r -> r.agency().id(), Function.identity()));
        Map<String, Integer> openErrors = board.openErrorsByAgency(supervisor, year);
        return Overview.answer(year, Overview.rows(agencies, year, byAgency, openErrors,
                        jurisdiction.regionNames()),
                new Overview.Query(level, region, status, sort, desc, page, Math.min(size, 200)));
    }
}
