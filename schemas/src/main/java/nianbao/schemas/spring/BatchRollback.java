package nianbao.schemas.spring;

import java.util.List;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ContainerProperties.EOSMode;
import org.springframework.kafka.listener.ListenerUtils;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.listener.SeekUtils;

/**
 * After a batch's transaction rolled back (its outputs and offsets with it): what the batch changed in memory is
 * undone ({@link TransactionalBatch#onRollback}) and every partition of the batch is sought back to the batch's first
 * record, so the whole batch comes again. When the listener named the record that failed
 * ({@link BatchListenerFailedException} with its index), that record's retry is counted and the redelivery waits for
 * its back-off; once its retries are used up, {@link TransactionalBatch} dead-letters it when the batch comes again,
 * inside that batch's transaction, and processes the others. A failure that names no record (the broker, a commit) is
 * retried with the whole batch after a pause, without end: no record is to blame for it.
 *
 * <p>spring-kafka's own {@code DefaultAfterRollbackProcessor} can only retry or dead-letter a batch as a whole, and
 * its {@code DefaultErrorHandler} cannot run inside a transaction: it commits the offsets before the failed record
 * with the consumer, outside the transaction that is then rolled back.
 */
public final class BatchRollback implements AfterRollbackProcessor<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(BatchRollback.class);
    private static final LogAccessor SEEK_LOG = new LogAccessor(BatchRollback.class);
    /** Before a batch whose failure names no record is tried again. */
    static final long WHOLE_BATCH_PAUSE_MS = 1000;

    private final RecordFailures failures;
    private final TransactionalBatch batches;

    public BatchRollback(RecordFailures failures, TransactionalBatch batches) {
        this.failures = failures;
        this.batches = batches;
    }

    /** For a batch listener, {@code records} is the batch as the listener received it (the index refers to it). */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void process(List<ConsumerRecord<Object, Object>> records, Consumer<Object, Object> consumer,
                        MessageListenerContainer container, Exception exception, boolean recoverable, EOSMode eosMode) {
        batches.rolledBack();
        SeekUtils.doSeeksToBegin((List) records, consumer, SEEK_LOG);
        long pause = pauseAfter(records, exception);
        if (pause == 0) return;
        try {
            ListenerUtils.stoppableSleep(container, pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long pauseAfter(List<ConsumerRecord<Object, Object>> records, Exception exception) {
        BatchListenerFailedException failed = batchFailure(exception);
        if (failed == null || failed.getIndex() < 0 || failed.getIndex() >= records.size()) {
            log.warn("batch of {} records rolled back for a failure that names no record; all of it again in {} ms",
                    records.size(), WHOLE_BATCH_PAUSE_MS, exception);
            return WHOLE_BATCH_PAUSE_MS;
        }
        ConsumerRecord<Object, Object> record = records.get(failed.getIndex());
        Exception cause = failed.getCause() instanceof Exception e ? e : failed;
        OptionalLong pause = failures.failed(record, cause);
        if (pause.isEmpty()) {
            log.warn("{}-{}@{} failed again and has used up its retries: it is dead-lettered when its batch comes again",
                    record.topic(), record.partition(), record.offset());
            return 0;
        }
        log.info("{}-{}@{} failed ({}); its batch is rolled back and comes again in {} ms", record.topic(),
                record.partition(), record.offset(), cause.toString(), pause.getAsLong());
        return pause.getAsLong();
    }

    private static BatchListenerFailedException batchFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BatchListenerFailedException failed) return failed;
        }
        return null;
    }
}
