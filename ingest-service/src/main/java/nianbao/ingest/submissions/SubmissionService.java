package nianbao.ingest.submissions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.events.SubmissionChannel;
import nianbao.ingest.intake.SubmissionKey;
import nianbao.ingest.intake.SubmittedReport;
import nianbao.ingest.publishing.PublishingUnavailable;
import nianbao.ingest.publishing.ReportSubmittedPublisher;
import nianbao.ingest.publishing.ReportSubmittedEvents;
import org.springframework.stereotype.Service;

/**
 * Accepts a checked submission: Kafka first, then the row (see {@link ReportSubmittedPublisher}); 202 means both,
 * 503 neither. Identical bytes for the same agency and year are one submission: a recorded one is answered from the
 * database, and one still being published in this instance is joined (its outcome is the twin's answer). The
 * in-flight entry is made before the database is asked, and removed only after the row is committed, so no
 * interleaving of two identical uploads in one instance publishes twice.
 */
@Service
public class SubmissionService {

    private final SubmissionStore store;
    private final ReportSubmittedPublisher publisher;
    private final Clock clock;
    private final Map<SubmissionKey, CompletableFuture<UUID>> inFlight = new ConcurrentHashMap<>();

    SubmissionService(SubmissionStore store, ReportSubmittedPublisher publisher, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The outcome: the submission's id, and whether it is an earlier submission of the same bytes. */
    public record Recorded(UUID submissionId, boolean duplicate) {
    }

    public Recorded submit(SubmittedReport report, SubmissionChannel channel) {
        SubmissionKey key = report.key();
        CompletableFuture<UUID> mine = new CompletableFuture<>();
        CompletableFuture<UUID> twin = inFlight.putIfAbsent(key, mine);
        if (twin != null) return new Recorded(outcomeOf(twin), true);
        try {
            Optional<UUID> earlier = store.find(key);
            if (earlier.isPresent()) {
                mine.complete(earlier.get());
                return new Recorded(earlier.get(), true);
            }
            UUID id = UUID.randomUUID();
            // the event carries milliseconds (timestamp-millis): the row records the same instant
            Instant submittedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            UUID recorded = publisher.publish(ReportSubmittedEvents.of(id, report, channel, submittedAt));
            mine.complete(recorded);
            // another instance recorded the same bytes first: that submission is the one to return
            return new Recorded(recorded, !recorded.equals(id));
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** The twin's waiting is bounded by the publisher's own timeouts, which the twin's request is under too. */
    private static UUID outcomeOf(CompletableFuture<UUID> twin) {
        try {
            return twin.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof PublishingUnavailable refused) throw refused;
            throw e;
        }
    }
}
