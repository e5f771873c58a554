package nianbao.notify.reports;

import java.util.List;

import org.springframework.stereotype.Service;

import nianbao.notify.directory.AgencyDirectory;
import nianbao.notify.directory.RegionNames;
import nianbao.notify.routing.Agency;
import nianbao.notify.routing.Supervisor;

/** The agencies of a supervisor's jurisdiction and their reports: what the overview, statistics and exports count. */
@Service
public class JurisdictionReports {

    private final AgencyDirectory directory;
    private final ReportStore reports;

    JurisdictionReports(AgencyDirectory directory, ReportStore reports) {
        this.directory = directory;
        this.reports = reports;
    }

    public List<Agency> agencies(Supervisor supervisor) {
        return directory.agenciesIn(supervisor.jurisdiction());
    }

    public RegionNames regionNames() {
        return directory.regionNames();
    }

    /** Per agency of the jurisdiction and year in [fromYear, toYear]: its report, by agency and year. */
    public List<ReportSummary> latest(Supervisor supervisor, int fromYear, int toYear) {
        return reports.latest(agencies(supervisor).stream().map(Agency::id).toList(), fromYear, toYear);
    }
}
