package nianbao.schemas.spring;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The retry state of records that failed in a batch: the pause before the next attempt, and which records have used
 * up their retries (with their last failure), so that the listener dead-letters them when they come again. Kept in
 * memory per instance: a partition that moves to another instance starts its retries afresh there.
 */
public final class RecordFailures {

    private record RecordId(String topic, int partition, long offset) {

        static RecordId of(ConsumerRecord<?, ?> record) {
            return new RecordId(record.topic(), record.partition(), record.offset());
        }
    }

    /** {@code pause} is the back-off's latest interval, {@link BackOffExecution#STOP} once the retries are used up. */
    private record Failure(BackOffExecution backOff, Exception last, long pause) {

        boolean exhausted() {
            return pause == BackOffExecution.STOP;
        }
    }

    private final BackOff backOff;
    private final Map<RecordId, Failure> failures = new ConcurrentHashMap<>();

    public RecordFailures(BackOff backOff) {
        this.backOff = backOff;
    }

    /** Counts a failed attempt: the pause before the next one, or empty when the record's retries are used up. */
    public OptionalLong failed(ConsumerRecord<?, ?> record, Exception cause) {
        Failure failure = failures.compute(RecordId.of(record), (id, earlier) -> {
            if (earlier != null && earlier.exhausted()) return new Failure(earlier.backOff(), cause, BackOffExecution.STOP);
            BackOffExecution execution = earlier == null ? backOff.start() : earlier.backOff();
            return new Failure(execution, cause, execution.nextBackOff());
        });
        return failure.exhausted() ? OptionalLong.empty() : OptionalLong.of(failure.pause());
    }

    /** The last failure of a record whose retries are used up, if it is one. */
    public Optional<Exception> exhausted(ConsumerRecord<?, ?> record) {
        if (failures.isEmpty()) return Optional.empty();
        Failure failure = failures.get(RecordId.of(record));
        return failure != null && failure.exhausted() ? Optional.of(failure.last()) : Optional.empty();
    }

    /** Forgets the records of a batch that went through (their dead letters included). */
    public void clear(Collection<? extends ConsumerRecord<?, ?>> records) {
        if (failures.isEmpty()) return;
        records.forEach(record -> failures.remove(RecordId.of(record)));
    }
}
