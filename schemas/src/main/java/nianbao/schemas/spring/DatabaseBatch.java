package nianbao.schemas.spring;

import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a poll batch of a listener that writes to a database in one database transaction, so a follower commits once
 * a poll rather than once a record (the round trips and the WAL flush of a commit per record kept notify- and
 * ingest-service behind the pipeline). Kafka offsets are committed by the container afterwards, so a handler must be
 * idempotent: a batch may come again.
 *
 * <p>A poison record is found and failed alone: when the batch's transaction fails, its records are handled again one
 * transaction each up to the one that fails, and a {@link BatchListenerFailedException} names that one's index. The
 * shared error handler then commits the offsets before it, retries it with back-off, dead-letters it when its retries
 * are used up, and goes on with the rest. A record that could not be deserialized ends the batch before it the same
 * way, without being handled. Each record is handled in its own observation ({@link BatchRecords#observation}).
 */
public final class DatabaseBatch {

    private final TransactionTemplate transactions;
    private final ObservationRegistry observations;

    public DatabaseBatch(TransactionTemplate transactions, ObservationRegistry observations) {
        this.transactions = transactions;
        this.observations = observations;
    }

    public <K, V> void process(List<ConsumerRecord<K, V>> batch, Consumer<ConsumerRecord<K, V>> handler) {
        int readable = 0;
        Optional<DeserializationException> unreadable = Optional.empty();
        while (readable < batch.size() && unreadable.isEmpty()) {
            unreadable = BatchRecords.unreadable(batch.get(readable));
            if (unreadable.isEmpty()) readable++;
        }
        List<ConsumerRecord<K, V>> head = batch.subList(0, readable);
        if (!head.isEmpty()) inOneTransaction(head, handler);
        if (unreadable.isPresent()) {
            throw new BatchListenerFailedException(BatchRecords.describe(batch.get(readable)) + " could not be read",
                    unreadable.get(), readable);
        }
    }

    private <K, V> void inOneTransaction(List<ConsumerRecord<K, V>> records, Consumer<ConsumerRecord<K, V>> handler) {
        try {
            transactions.executeWithoutResult(status -> records.forEach(record -> handle(record, handler)));
        } catch (RuntimeException batchFailed) {
            for (int i = 0; i < records.size(); i++) {
                ConsumerRecord<K, V> record = records.get(i);
                try {
                    transactions.executeWithoutResult(status -> handle(record, handler));
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException(BatchRecords.describe(record) + " failed", e, i);
                }
            }
            // each record went through alone: the batch met a passing conflict (a concurrent writer, a deadlock)
        }
    }

    private <K, V> void handle(ConsumerRecord<K, V> record, Consumer<ConsumerRecord<K, V>> handler) {
        BatchRecords.observation(record, observations).observe(() -> handler.accept(record));
    }
}
