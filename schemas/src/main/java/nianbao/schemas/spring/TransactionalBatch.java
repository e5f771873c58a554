package nianbao.schemas.spring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

/**
 * Runs a poll batch through a consume-transform-produce listener inside the batch's one Kafka transaction (the
 * container's): each record's outputs, the batch's offsets and the dead letters of its poison records commit
 * together. A record that could not even be deserialized, or whose retries are used up ({@link RecordFailures}), is
 * dead-lettered here, in the transaction, and the others go on; a record whose processing throws, or one of whose
 * outputs the broker refuses, fails the batch with a {@link BatchListenerFailedException} naming its index, so the
 * transaction rolls back and {@link BatchRollback} counts its retry. What the records changed in memory is undone
 * with the rollback, if the handler says how ({@link #onRollback}), since the whole batch comes again.
 *
 * <p>Each record is processed in its own observation ({@link BatchRecords#observation}): the outputs it sends (and its dead
 * letter) carry its trace id on, and the log lines written meanwhile show it.
 */
public final class TransactionalBatch {

    private static final Logger log = LoggerFactory.getLogger(TransactionalBatch.class);

    /** One record's processing: sends its outputs and returns their completion. */
    @FunctionalInterface
    public interface RecordHandler<K, V> {
        CompletableFuture<?> handle(ConsumerRecord<K, V> record);
    }

    private final RecordFailures failures;
    private final ConsumerRecordRecoverer deadLetters;
    private final KafkaOperations<?, ?> producer;
    private final ObservationRegistry observations;
    /** The undo actions of the batch in progress on each consumer thread, last first. */
    private final ThreadLocal<Deque<Runnable>> undo = ThreadLocal.withInitial(ArrayDeque::new);

    public TransactionalBatch(RecordFailures failures, ConsumerRecordRecoverer deadLetters, KafkaOperations<?, ?> producer,
                              ObservationRegistry observations) {
        this.failures = failures;
        this.deadLetters = deadLetters;
        this.producer = producer;
        this.observations = observations;
    }

    public <K, V> void process(List<ConsumerRecord<K, V>> batch, RecordHandler<K, V> handler) {
        // the previous batch of this thread committed, or was rolled back and undone
        undo.get().clear();
        List<CompletableFuture<?>> outputs = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            ConsumerRecord<K, V> record = batch.get(i);
            int index = i;
            outputs.add(BatchRecords.observation(record, observations).observe(() -> processOne(record, index, handler)));
        }
        // the outputs' fate is known before the commit, so a refused one fails its own record, not the whole batch
        producer.flush();
        for (int i = 0; i < outputs.size(); i++) {
            Exception refused = refusal(outputs.get(i));
            if (refused != null) {
                throw new BatchListenerFailedException(BatchRecords.describe(batch.get(i)) + ": output refused",
                        refused, i);
            }
        }
        failures.clear(batch);
    }

    private <K, V> CompletableFuture<?> processOne(ConsumerRecord<K, V> record, int index, RecordHandler<K, V> handler) {
        Optional<Exception> poison = poison(record);
        if (poison.isPresent()) {
            deadLetters.accept(record, poison.get());
            return CompletableFuture.completedFuture(null);
        }
        log.info("processing {}", BatchRecords.describe(record));
        try {
            return handler.handle(record);
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException(BatchRecords.describe(record) + " failed", e, index);
        }
    }

    /** For a handler: what undoes, in memory, the record it is processing, should the batch's transaction roll back. */
    public void onRollback(Runnable action) {
        undo.get().push(action);
    }

    /** Undoes, last first, what this thread's batch changed in memory: its transaction was rolled back. */
    void rolledBack() {
        Deque<Runnable> actions = undo.get();
        while (!actions.isEmpty()) actions.pop().run();
    }

    private Optional<Exception> poison(ConsumerRecord<?, ?> record) {
        Optional<Exception> unreadable = BatchRecords.unreadable(record).map(Exception.class::cast);
        return unreadable.isPresent() ? unreadable : failures.exhausted(record);
    }

    private static Exception refusal(CompletableFuture<?> output) {
        if (!output.isCompletedExceptionally()) return null;
        try {
            output.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof Exception cause ? cause : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }
}
