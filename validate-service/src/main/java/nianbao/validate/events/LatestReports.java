package nianbao.validate.events;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;

/**
 * Where the latest readable report-parsed event of every (agency, year) stands in the report-parsed partitions this
 * instance consumes: the index the cross-year rules need, the events themselves being read back from the topic
 * ({@link ReportArchive}) when a rule needs one. report-parsed is keyed by agency, so an agency's every year is in one
 * partition, and an instance indexes its own partitions only ({@link HistoryReplay} restores a partition's index from
 * {@link HistoryChangelog} when it is assigned and forgets it when it is revoked). A later submission for a year supersedes the earlier one.
 */
public final class LatestReports {

    private record Key(String agencyId, int year) {
    }

    /** Where an event stands in report-parsed, and when it was submitted (the later submission wins). */
    public record Position(int partition, long offset, Instant submittedAt) {
    }

    private final Map<Key, Position> latest = new ConcurrentHashMap<>();

    /** Records where {@code parsed} stands, and returns what takes the record back (for a batch rolled back). */
    public Runnable record(ReportParsed parsed, int partition, long offset) {
        if (parsed.getOutcome() != ParseOutcome.PARSED) return () -> { };
        return restore(parsed.getAgency().getId(), parsed.getReportYear(),
                new Position(partition, offset, parsed.getSubmittedAt()));
    }

    /** Records {@code position} for the agency's year unless a later submission is held already; returns the undo. */
    public Runnable restore(String agencyId, int year, Position position) {
        Key key = new Key(agencyId, year);
        Position before = latest.get(key);
        latest.merge(key, position,
                (earlier, later) -> later.submittedAt().isBefore(earlier.submittedAt()) ? earlier : later);
        return before == null ? () -> latest.remove(key) : () -> latest.put(key, before);
    }

    public Optional<Position> of(String agencyId, int year) {
        return Optional.ofNullable(latest.get(new Key(agencyId, year)));
    }

    /** One agency-year's current report. */
    public record Entry(String agencyId, int year, Position position) {
    }

    /** Every agency-year with its current report. */
    public List<Entry> entries() {
        return latest.entrySet().stream()
                .map(e -> new Entry(e.getKey().agencyId(), e.getKey().year(), e.getValue())).toList();
    }

    /** Every current report's position, for a replay. */
    public Collection<Position> all() {
        return List.copyOf(latest.values());
    }

    /** Drops the index of partitions this instance no longer consumes. */
    public void forget(Collection<Integer> partitions) {
        latest.values().removeIf(position -> partitions.contains(position.partition()));
    }

    public int size() {
        return latest.size();
    }
}
