package nianbao.ingest.submissions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import nianbao.events.SubmissionChannel;
import nianbao.ingest.intake.SubmittedReport;
import nianbao.ingest.publishing.ReportSubmittedEvents;
import nianbao.ingest.publishing.ReportSubmittedPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a checked submission and emits its event in one unit: the row is inserted, the event sent and
 * acknowledged, and only then is the row committed. If Kafka fails the transaction rolls back and the caller gets
 * 503, so an accepted (202) submission always has both its record and its event; a refused one has neither.
 */
@Service
public class SubmissionService {

    private final SubmissionStore store;
    private final ReportSubmittedPublisher publisher;
    private final Clock clock;

    SubmissionService(SubmissionStore store, ReportSubmittedPublisher publisher, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The outcome: the submission's id, and whether it is an earlier submission of the same bytes. */
    public record Recorded(UUID submissionId, boolean duplicate) {
    }

    @Transactional
    public Recorded submit(SubmittedReport report, SubmissionChannel channel) {
        Optional<UUID> earlier = store.find(report.key());
        if (earlier.isPresent()) return new Recorded(earlier.get(), true);

        UUID id = UUID.randomUUID();
        // the event carries milliseconds (timestamp-millis): record the same instant
        Instant submittedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String submittedBy = ReportSubmittedEvents.submittedBy(report.agency().id(), channel);
        if (!store.insert(id, report, channel, submittedBy, submittedAt)) {
            // an identical submission committed between our lookup and insert: it is the one to return
            return new Recorded(store.find(report.key()).orElseThrow(), true);
        }
        publisher.publish(ReportSubmittedEvents.of(id, report, channel, submittedAt));
        return new Recorded(id, false);
    }
}
