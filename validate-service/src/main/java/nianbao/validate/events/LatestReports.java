package nianbao.validate.events;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;

/**
 * The latest readable report-parsed event of every (agency, year): the state the cross-year rules need, rebuilt from
 * the topic on start ({@link HistoryReplay}). A later submission for a year supersedes the earlier one. Keeping whole
 * events (with their text) lets a year be re-validated with quotes when its year − 1 arrives late.
 */
public final class LatestReports {

    private record Key(String agencyId, int year) {
    }

    private final Map<Key, ReportParsed> latest = new ConcurrentHashMap<>();

    public void record(ReportParsed parsed) {
        if (parsed.getOutcome() != ParseOutcome.PARSED) return;
        latest.merge(new Key(parsed.getAgency().getId(), parsed.getReportYear()), parsed,
                (earlier, later) -> later.getSubmittedAt().isBefore(earlier.getSubmittedAt()) ? earlier : later);
    }

    public Optional<ReportParsed> of(String agencyId, int year) {
        return Optional.ofNullable(latest.get(new Key(agencyId, year)));
    }

    /** Every current report, for a replay. */
    public Collection<ReportParsed> all() {
        return List.copyOf(latest.values());
    }

    public int size() {
        return latest.size();
    }
}
