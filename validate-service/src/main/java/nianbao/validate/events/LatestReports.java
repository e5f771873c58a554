package nianbao.validate.events;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;

/**
 * The latest readable report-parsed event of every (agency, year) in the report-parsed partitions this instance
 * consumes: the state the cross-year rules need. report-parsed is keyed by agency, so an agency's every year is in
 * one partition, and an instance holds the history of its own partitions only ({@link HistoryReplay} loads a
 * partition when it is assigned and forgets it when it is revoked). A later submission for a year supersedes the
 * earlier one. Keeping whole events (with their text) lets a year be re-validated with quotes when its year − 1
 * arrives late.
 */
public final class LatestReports {

    private record Key(String agencyId, int year) {
    }

    /** A report and the report-parsed partition it was read from. */
    private record Held(int partition, ReportParsed report) {
    }

    private final Map<Key, Held> latest = new ConcurrentHashMap<>();

    public void record(ReportParsed parsed, int partition) {
        if (parsed.getOutcome() != ParseOutcome.PARSED) return;
        latest.merge(new Key(parsed.getAgency().getId(), parsed.getReportYear()), new Held(partition, parsed),
                (earlier, later) -> later.report().getSubmittedAt().isBefore(earlier.report().getSubmittedAt()) ? earlier : later);
    }

    public Optional<ReportParsed> of(String agencyId, int year) {
        return Optional.ofNullable(latest.get(new Key(agencyId, year))).map(Held::report);
    }

    /** Every current report, for a replay. */
    public Collection<ReportParsed> all() {
        return latest.values().stream().map(Held::report).toList();
    }

    /** Drops the history of partitions this instance no longer consumes. */
    public void forget(Collection<Integer> partitions) {
        latest.values().removeIf(held -> partitions.contains(held.partition()));
    }

    public int size() {
        return latest.size();
    }

    /** The report-parsed partitions whose history is held. */
    public List<Integer> partitions() {
        return latest.values().stream().map(Held::partition).distinct().sorted().toList();
    }
}
