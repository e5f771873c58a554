package nianbao.ingest.portal;

import java.time.Clock;
import java.time.Year;
import nianbao.ingest.agencies.AgencyRegistry;
import nianbao.ingest.intake.Intake;
import nianbao.ingest.intake.IntakeProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The intake page at {@code /}: a clerk picks the agency, enters its API key, uploads or pastes the report, and
 * the page follows the submission's status URL until the check result arrives.
 */
@Controller
class PortalController {

    private final AgencyRegistry agencies;
    private final IntakeProperties limits;
    private final Clock clock;

    PortalController(AgencyRegistry agencies, IntakeProperties limits, Clock clock) {
        this.agencies = agencies;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping("/")
    String page(Model model) {
        int currentYear = Year.now(clock).getValue();
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("firstYear", Intake.FIRST_REPORT_YEAR);
        model.addAttribute("lastYear", currentYear);
        // reports are published by 31 January for the year before
        model.addAttribute("defaultYear", currentYear - 1);
        model.addAttribute("maxDocumentBytes", limits.maxDocumentSize().toBytes());
        model.addAttribute("maxDocumentMegabytes", limits.maxDocumentSize().toMegabytes());
        return "portal";
    }
}
