package nianbao.notify.reports;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import nianbao.notify.dashboard.CurrentSupervisor;

/** The page of one submission, for supervisors whose jurisdiction covers its agency (403 otherwise). */
@RestController
class ReportController {

    private final ReportPages pages;
    private final CurrentSupervisor current;

    ReportController(ReportPages pages, CurrentSupervisor current) {
        this.pages = pages;
        this.current = current;
    }

    @GetMapping("/api/reports/{submissionId}")
    ReportPage report(@PathVariable String submissionId, Principal principal) {
        ReportSummary report = pages.summary(submissionId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no validation of " + submissionId));
        current.overseeing(principal, report.agency());
        return pages.page(report);
    }
}
