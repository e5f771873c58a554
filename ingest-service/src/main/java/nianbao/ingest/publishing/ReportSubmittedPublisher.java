package nianbao.ingest.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import nianbao.events.ReportSubmitted;
import nianbao.ingest.publishing.PendingSubmission.State;
import nianbao.schemas.Topics;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes {@code report-submitted} by group commit. Requests queue their event and wait; one thread takes everything
 * queued, sends it in ONE Kafka transaction (key = agency id), commits, then records the rows of the batch in one
 * database transaction and answers the waiting requests. So no request holds a database connection while Kafka is
 * slow, concurrent submissions share the broker round trips, and the answers are exact:
 * <ul>
 * <li>published and recorded → the recorded id (202);</li>
 * <li>certainly not published — the transaction was never asked to commit, or a commit failed and the abort that
 * followed succeeded (an aborted transaction is invisible to read_committed consumers) → {@link PublishingUnavailable}
 * (503); the requests queued behind a failed batch are refused at once too;</li>
 * <li>commit asked for but its answer lost → the transaction is settled by a new producer with the same transactional
 * id and a read-back of its first record ({@link TransactionReadBack}) before anyone is answered. A request that stops
 * waiting while that is not done is answered with its id (202) and its submission is PROMISED: if the transaction
 * turns out aborted it is published again, under the same id.</li>
 * </ul>
 * A row that the database did not take after the Kafka commit is left to {@code SubmissionRepair}, which records every
 * committed event it finds without a row.
 */
public class ReportSubmittedPublisher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReportSubmittedPublisher.class);
    private static final String TOPIC = Topics.REPORT_SUBMITTED.name();
    /** Between attempts while the broker is failing, so the thread does not spin. */
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);
    private static final Duration READ_BACK_PATIENCE = Duration.ofSeconds(10);

    private final Supplier<Producer<String, byte[]>> producers;
    private final Serializer<ReportSubmitted> serializer;
    private final TransactionReadBack readBack;
    private final SubmissionRecorder recorder;
    private final PublishingProperties settings;
    private final BlockingDeque<PendingSubmission> queue = new LinkedBlockingDeque<>();
    private final TraceHeaders traces;
    private volatile boolean running;
    private Thread thread;
    /** Initialised for transactions; touched only by the publisher thread. */
    private Producer<String, byte[]> producer;

    ReportSubmittedPublisher(Supplier<Producer<String, byte[]>> producers, Serializer<ReportSubmitted> serializer,
                             TransactionReadBack readBack, SubmissionRecorder recorder, PublishingProperties settings,
                             TraceHeaders traces) {
        this.producers = producers;
        this.traces = traces;
        this.serializer = serializer;
        this.readBack = readBack;
        this.recorder = recorder;
        this.settings = settings;
    }

    /**
     * Publishes the event and records its row; answers the id under which its key is recorded (its own, or an earlier
     * twin's published by another instance).
     *
     * @throws PublishingUnavailable when the event is certainly not published (nothing recorded)
     */
    public UUID publish(ReportSubmitted event) {
        if (!running) throw new PublishingUnavailable("the publisher is not running", null);
        PendingSubmission pending = new PendingSubmission(event, serialize(event), traces.current());
        queue.add(pending);
        try {
            return pending.outcome.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (pending.state.compareAndSet(State.QUEUED, State.WITHDRAWN)) {
                throw new PublishingUnavailable("not taken into a Kafka transaction within " + settings.timeout(), e);
            }
            return awaitTransaction(pending);
        } catch (ExecutionException e) {
            throw unavailable(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.state.compareAndSet(State.QUEUED, State.WITHDRAWN);
            return awaitTransaction(pending);
        }
    }

    private UUID awaitTransaction(PendingSubmission pending) {
        try {
            return pending.outcome.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            if (pending.state.compareAndSet(State.TAKEN, State.PROMISED)) {
                log.warn("submission {} answered as accepted while its Kafka transaction is in doubt: it is published "
                        + "again if that transaction turns out aborted", pending.submissionId);
                return pending.submissionId;
            }
            // settled or withdrawn meanwhile: the outcome is complete or about to be
            return awaitSettled(pending);
        } catch (ExecutionException e) {
            throw unavailable(e.getCause());
        }
    }

    /** In the request's thread, so that the one publisher thread only sends bytes. */
    private byte[] serialize(ReportSubmitted event) {
        try {
            return serializer.serialize(TOPIC, event);
        } catch (RuntimeException e) {
            // the schema registry unreachable: nothing was sent
            throw new PublishingUnavailable("report-submitted not serialised: " + e, e);
        }
    }

    /** Submissions waiting to be taken into a transaction (those behind the one in hand). */
    public int queued() {
        return queue.size();
    }

    private static UUID awaitSettled(PendingSubmission pending) {
        try {
            return pending.outcome.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw unavailable(e.getCause());
        }
    }

    private static PublishingUnavailable unavailable(Throwable cause) {
        return cause instanceof PublishingUnavailable refused ? refused
                : new PublishingUnavailable("report-submitted not published: " + cause, cause);
    }

    private void run() {
        while (running) {
            List<PendingSubmission> batch;
            try {
                batch = nextBatch();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!batch.isEmpty()) publishBatch(batch);
        }
    }

    /** Everything queued, up to the batch limits; waits up to a second for the first. */
    private List<PendingSubmission> nextBatch() throws InterruptedException {
        List<PendingSubmission> batch = new ArrayList<>();
        long bytes = 0;
        PendingSubmission next = queue.pollFirst(1, TimeUnit.SECONDS);
        while (next != null) {
            if (next.take()) {
                batch.add(next);
                bytes += next.sizeBytes;
                if (batch.size() >= settings.maxBatchRecords() || bytes >= settings.maxBatchBytes().toBytes()) break;
            }
            next = queue.pollFirst();
        }
        return batch;
    }

    private void publishBatch(List<PendingSubmission> batch) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        RecordMetadata first;
        boolean begun = false;
        try {
            Producer<String, byte[]> transactional = producer();
            transactional.beginTransaction();
            begun = true;
            for (PendingSubmission pending : batch) {
                sent.add(transactional.send(new ProducerRecord<>(TOPIC, null, pending.event.getAgency().getId(), pending.value,
                        pending.headers)));
            }
            transactional.flush();
            first = sent.get(0).get();
            for (Future<RecordMetadata> each : sent) each.get();
        } catch (Exception e) {
            // the commit was never asked for, so nothing of this transaction can become visible
            if (begun) abortQuietly();
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            log.warn("report-submitted transaction of {} submissions not published: {}", batch.size(), cause.toString());
            refuse(batch, cause);
            return;
        }
        Boolean committed = commit(first);
        if (committed == null) {
            log.error("report-submitted transaction of {} submissions left in doubt at shutdown: {}", batch.size(),
                    batch.stream().map(pending -> pending.submissionId).toList());
        } else if (committed) {
            record(batch);
        } else {
            refuse(batch, new KafkaException("the transaction was aborted"));
        }
    }

    /** True committed, false certainly aborted, null unknown because the service is stopping. */
    private Boolean commit(RecordMetadata first) {
        Instant giveUp = Instant.now().plus(settings.timeout());
        while (Instant.now().isBefore(giveUp)) {
            try {
                producer.commitTransaction();
                return true;
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                // the one error after which the producer allows the same commit to be retried
                log.warn("commit of report-submitted transaction timed out, retrying: {}", e.getMessage());
            } catch (KafkaException e) {
                log.warn("commit of report-submitted transaction failed: {}", e.toString());
                try {
                    producer.abortTransaction();
                    return false; // the coordinator accepted the abort: the commit did not happen
                } catch (KafkaException abortFailed) {
                    break;
                }
            }
        }
        return settle(first);
    }

    /**
     * A fresh producer with the same transactional id completes or aborts the transaction in doubt while it
     * initialises; reading the first record back then tells which. Retries until the broker answers.
     */
    private Boolean settle(RecordMetadata first) {
        discardProducer();
        while (running) {
            try {
                producer();
                var outcome = readBack.committed(first, READ_BACK_PATIENCE);
                if (outcome.isPresent()) {
                    log.warn("report-submitted transaction in doubt settled: {}", outcome.get() ? "committed" : "aborted");
                    return outcome.get();
                }
            } catch (KafkaException e) {
                log.warn("cannot settle report-submitted transaction in doubt yet: {}", e.toString());
                discardProducer();
            }
            pause();
        }
        return null;
    }

    private void record(List<PendingSubmission> batch) {
        Map<UUID, UUID> recorded;
        try {
            recorded = recorder.record(batch.stream().map(pending -> pending.event).toList());
        } catch (RuntimeException e) {
            // published: SubmissionRepair records these from the topic once the database takes writes again
            log.warn("rows of {} published submissions not recorded, left to the repair consumer: {}", batch.size(),
                    e.toString());
            recorded = Map.of();
        }
        for (PendingSubmission pending : batch) {
            pending.state.set(State.SETTLED);
            pending.outcome.complete(recorded.getOrDefault(pending.submissionId, pending.submissionId));
        }
    }

    /**
     * Certainly not published: the batch's requests get 503, and so do those queued behind it (the broker just
     * failed). A promised submission goes back to the queue, to be published under the id it was answered with.
     */
    private void refuse(List<PendingSubmission> batch, Throwable cause) {
        PublishingUnavailable refusal = new PublishingUnavailable("report-submitted not published: " + cause, cause);
        List<PendingSubmission> promised = new ArrayList<>();
        for (PendingSubmission pending : batch) {
            if (pending.state.compareAndSet(State.TAKEN, State.SETTLED)) pending.outcome.completeExceptionally(refusal);
            else if (pending.state.get() == State.PROMISED) promised.add(pending);
        }
        List<PendingSubmission> queued = new ArrayList<>();
        queue.drainTo(queued);
        for (PendingSubmission pending : queued) {
            if (pending.state.compareAndSet(State.QUEUED, State.WITHDRAWN)) pending.outcome.completeExceptionally(refusal);
            else if (pending.state.get() == State.PROMISED) promised.add(pending);
        }
        for (int i = promised.size() - 1; i >= 0; i--) queue.addFirst(promised.get(i));
        pause();
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            Producer<String, byte[]> created = producers.get();
            try {
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    private void abortQuietly() {
        try {
            producer.abortTransaction();
        } catch (RuntimeException e) {
            // the next producer's initialisation aborts it at the coordinator
            discardProducer();
        }
    }

    private void discardProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "report-submitted-publisher");
        thread.start();
    }

    /** Finishes the batch in hand; what is still queued was never sent and is refused. */
    @Override
    public void stop() {
        running = false;
        try {
            thread.join(settings.timeout().multipliedBy(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<PendingSubmission> queued = new ArrayList<>();
        queue.drainTo(queued);
        PublishingUnavailable refusal = new PublishingUnavailable("the service is stopping", null);
        for (PendingSubmission pending : queued) {
            if (pending.state.compareAndSet(State.QUEUED, State.WITHDRAWN)) pending.outcome.completeExceptionally(refusal);
            else if (pending.state.get() == State.PROMISED) {
                log.error("submission {} was answered as accepted but is not published (service stopping)",
                        pending.submissionId);
            }
        }
        discardProducer();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server and stops after it, so no request finds the publisher stopped. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }
}
