package nianbao.validate.history;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.report.ParsedReport;
import nianbao.validate.engine.ReportContext;

/**
 * The latest parsed report of every (agency, year), for the cross-year rules. Fed in topic order (the topics are
 * keyed by agency, so one agency's submissions arrive in order): a later submission for a year supersedes the
 * earlier one. Pure in-memory state; the service rebuilds it from report-parsed on start.
 */
public final class AgencyHistory {

    /** One remembered report. */
    public record Entry(ReportContext context, ParsedReport report) {
    }

    private record Key(String agencyId, int year) {
    }

    private final Map<Key, Entry> latest = new ConcurrentHashMap<>();

    /** Remembers {@code report} as the current one for its agency and year, superseding any earlier submission. */
    public void record(ReportContext context, ParsedReport report) {
        latest.put(new Key(context.agencyId(), context.reportYear()), new Entry(context, report));
    }

    /** The current report of {@code agencyId} for {@code year}. */
    public Optional<Entry> reportFor(String agencyId, int year) {
        return Optional.ofNullable(latest.get(new Key(agencyId, year)));
    }

    /** The report the cross-year rules compare year {@code year} with: the agency's year − 1. */
    public Optional<Entry> priorYear(String agencyId, int year) {
        return reportFor(agencyId, year - 1);
    }

    /**
     * The later year that must be validated again because year {@code arrivedYear} arrived (or changed): the
     * agency's year + 1, if already known — its cross-year checks were made without, or against an older, year.
     */
    public Optional<Entry> toRevalidateAfter(String agencyId, int arrivedYear) {
        return reportFor(agencyId, arrivedYear + 1);
    }

    public int size() {
        return latest.size();
    }
}
