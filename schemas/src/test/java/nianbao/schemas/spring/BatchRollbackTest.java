package nianbao.schemas.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ContainerProperties.EOSMode;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.util.backoff.FixedBackOff;

class BatchRollbackTest {

    private static final TopicPartition P0 = new TopicPartition("t", 0);
    private static final TopicPartition P1 = new TopicPartition("t", 1);

    private final RecordFailures failures = new RecordFailures(new FixedBackOff(0, 1));
    private final TransactionalBatch batches = new TransactionalBatch(failures, (record, reason) -> { },
            mock(KafkaOperations.class), ObservationRegistry.NOOP);
    private final BatchRollback rollback = new BatchRollback(failures, batches);
    private final MockConsumer<Object, Object> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
    /** A stopped container: a pause ends at once. */
    private final MessageListenerContainer stopped = mock(MessageListenerContainer.class);
    private final List<ConsumerRecord<Object, Object>> batch = List.of(record(P0, 10), record(P1, 4), record(P0, 11),
            record(P1, 5));

    @Test
    void whatTheBatchChangedInMemoryIsUndoneLastFirstAndOnce() {
        consumer.assign(List.of(P0, P1));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        List<String> undone = new ArrayList<>();
        batches.onRollback(() -> undone.add("first"));
        batches.onRollback(() -> undone.add("second"));

        rollback.process(batch, consumer, stopped, new IllegalStateException("commit failed"), false, EOSMode.V2);
        rollback.process(batch, consumer, stopped, new IllegalStateException("commit failed"), false, EOSMode.V2);

        assertThat(undone).containsExactly("second", "first");
    }

    @Test
    void theWholeBatchComesAgainAndTheNamedRecordIsCountedUntilItsRetriesAreUsedUp() {
        consumer.assign(List.of(P0, P1));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        consumer.seek(P0, 12);
        consumer.seek(P1, 6);
        Exception failed = new ListenerExecutionFailedException("listener failed",
                new BatchListenerFailedException("t-0@11 failed", new IllegalStateException("bad"), 2));

        rollback.process(batch, consumer, stopped, failed, false, EOSMode.V2);

        assertThat(consumer.position(P0)).isEqualTo(10);
        assertThat(consumer.position(P1)).isEqualTo(4);
        assertThat(failures.exhausted(batch.get(2))).isEmpty();

        rollback.process(batch, consumer, stopped, failed, false, EOSMode.V2);

        assertThat(failures.exhausted(batch.get(2))).get().satisfies(e -> assertThat(e).hasMessage("bad"));
        assertThat(failures.exhausted(batch.get(0))).isEmpty();
    }

    @Test
    void aFailureThatNamesNoRecordBlamesNone() {
        consumer.assign(List.of(P0, P1));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        consumer.seek(P0, 12);

        rollback.process(batch, consumer, stopped, new IllegalStateException("commit failed"), false, EOSMode.V2);
        rollback.process(batch, consumer, stopped, new IllegalStateException("commit failed"), false, EOSMode.V2);

        assertThat(consumer.position(P0)).isEqualTo(10);
        assertThat(batch).allSatisfy(record -> assertThat(failures.exhausted(record)).isEmpty());
    }

    private static ConsumerRecord<Object, Object> record(TopicPartition partition, long offset) {
        return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, "agency", "value");
    }
}
