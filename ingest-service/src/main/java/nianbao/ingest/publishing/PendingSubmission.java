package nianbao.ingest.publishing;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import nianbao.events.ReportSubmitted;
import org.apache.kafka.common.header.Headers;

/**
 * One submission waiting for the publisher, and who decides its fate: the waiting request may withdraw it only while
 * it is still queued; once taken into a transaction, the transaction's outcome is its answer.
 */
final class PendingSubmission {

    enum State {
        /** In the queue; the request may still withdraw it. */
        QUEUED,
        /** In a Kafka transaction whose outcome is not known yet. */
        TAKEN,
        /** The request gave up before it was taken: never sent, answered 503. */
        WITHDRAWN,
        /** The request gave up while its transaction was in doubt and answered 202: it must end up published. */
        PROMISED,
        /** Its outcome is known and given to the request. */
        SETTLED
    }

    final ReportSubmitted event;
    /** The event as the record's value, serialised by the request's own thread (not the publisher's). */
    final byte[] value;
    /** The request's trace context, sent with the record. */
    final Headers headers;
    final UUID submissionId;
    final long sizeBytes;
    final AtomicReference<State> state = new AtomicReference<>(State.QUEUED);
    /** The id its key is recorded under once published; completed exceptionally when certainly not published. */
    final CompletableFuture<UUID> outcome = new CompletableFuture<>();

    PendingSubmission(ReportSubmitted event, byte[] value, Headers headers) {
        this.event = event;
        this.value = value;
        this.headers = headers;
        this.submissionId = UUID.fromString(event.getSubmissionId());
        this.sizeBytes = event.getDocument().getSizeBytes();
    }

    /** Taken into a transaction: a queued one, or a promised one being published again. */
    boolean take() {
        return state.compareAndSet(State.QUEUED, State.TAKEN) || state.get() == State.PROMISED;
    }
}
