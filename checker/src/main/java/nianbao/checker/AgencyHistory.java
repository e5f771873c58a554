package nianbao.checker;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.report.ParsedReport;
import nianbao.validate.engine.ReportContext;

/**
 * The latest report of every (agency, year) among the files the checker is given, for the cross-year rules: a
 * later file for a year supersedes an earlier one. (validate-service keeps its own index of report-parsed instead.)
 */
final class AgencyHistory {

    /** One remembered report. */
    record Entry(ReportContext context, ParsedReport report) {
    }

    private record Key(String agencyId, int year) {
    }

    private final Map<Key, Entry> latest = new ConcurrentHashMap<>();

    /** Remembers {@code report} as the current one for its agency and year, superseding any earlier submission. */
    void record(ReportContext context, ParsedReport report) {
        latest.put(new Key(context.agencyId(), context.reportYear()), new Entry(context, report));
    }

    /** The current report of {@code agencyId} for {@code year}. */
    Optional<Entry> reportFor(String agencyId, int year) {
        return Optional.ofNullable(latest.get(new Key(agencyId, year)));
    }

    /** The report the cross-year rules compare year {@code year} with: the agency's year − 1. */
    Optional<Entry> priorYear(String agencyId, int year) {
        return reportFor(agencyId, year - 1);
    }
}
