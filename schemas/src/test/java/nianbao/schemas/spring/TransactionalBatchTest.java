package nianbao.schemas.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.util.backoff.FixedBackOff;

class TransactionalBatchTest {

    private final List<String> handled = new ArrayList<>();
    private final List<String> deadLettered = new ArrayList<>();
    private final List<Exception> reasons = new ArrayList<>();
    private final RecordFailures failures = new RecordFailures(new FixedBackOff(100, 1));
    private final KafkaOperations<?, ?> producer = mock(KafkaOperations.class);
    private final ObservationRegistry observations = observing();
    private final TransactionalBatch batch = new TransactionalBatch(failures, (record, reason) -> {
        deadLettered.add(record.partition() + "@" + record.offset());
        reasons.add(reason);
    }, producer, observations);

    @Test
    void everyRecordIsHandledOnceInOrderAndTheOutputsAreFlushedBeforeTheCommit() {
        batch.process(List.of(record(0, 10, "a"), record(1, 4, "b"), record(0, 11, "c")), this::handle);

        assertThat(handled).containsExactly("a", "b", "c");
        assertThat(deadLettered).isEmpty();
        verify(producer).flush();
    }

    /**
     * What the tracing handler continues from: the record being handled is the one observed, and the observation reads
     * the trace context from that record's own headers, so its outputs carry its trace, not the batch's first one.
     */
    @Test
    void eachRecordIsHandledInItsOwnObservationReadingItsOwnHeaders() {
        ConsumerRecord<String, String> a = record(0, 10, "a");
        ConsumerRecord<String, String> b = record(1, 4, "b");
        a.headers().add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(StandardCharsets.UTF_8));
        b.headers().add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".getBytes(StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();

        batch.process(List.of(a, b), record -> {
            Observation.Context context = observations.getCurrentObservation().getContext();
            assertThat(context).isInstanceOfSatisfying(KafkaRecordReceiverContext.class, kafka -> {
                assertThat(kafka.getRecord()).isSameAs(record);
                seen.add(kafka.getGetter().get(kafka.getCarrier(), "traceparent"));
            });
            return handle(record);
        });

        assertThat(seen).containsExactly("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(observations.getCurrentObservation()).isNull();
    }

    @Test
    void aRecordThatCouldNotBeDeserializedIsDeadLetteredAloneAndTheOthersAreHandled() {
        ConsumerRecord<String, String> unreadable = record(0, 11, null);
        DeserializationException reason = new DeserializationException("failed to deserialize",
                "junk".getBytes(StandardCharsets.UTF_8), false, new SerializationException("unknown magic byte 106"));
        SerializationUtils.deserializationException(unreadable.headers(), reason.getData(), reason, false);

        batch.process(List.of(record(0, 10, "a"), unreadable, record(0, 12, "c")), this::handle);

        assertThat(handled).containsExactly("a", "c");
        assertThat(deadLettered).containsExactly("0@11");
        assertThat(reasons).singleElement().satisfies(r -> assertThat(r).isInstanceOf(DeserializationException.class)
                .hasRootCauseMessage("unknown magic byte 106"));
    }

    @Test
    void aRecordWhoseProcessingThrowsFailsTheBatchNamingItsIndex() {
        assertThatThrownBy(() -> batch.process(List.of(record(0, 10, "a"), record(0, 11, "boom"), record(0, 12, "c")),
                this::handle))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).isEqualTo(1);
                    assertThat(e).hasMessageContaining("t-0@11").hasRootCauseMessage("cannot process boom");
                });
        assertThat(handled).containsExactly("a");
    }

    @Test
    void anOutputTheBrokerRefusesFailsTheBatchNamingItsRecord() {
        assertThatThrownBy(() -> batch.process(List.of(record(0, 10, "a"), record(0, 11, "b")), record ->
                record.offset() == 11 ? CompletableFuture.failedFuture(new RecordTooLargeException("too large"))
                        : CompletableFuture.completedFuture(null)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).isEqualTo(1);
                    assertThat(e.getCause()).isInstanceOf(RecordTooLargeException.class);
                });
    }

    @Test
    void aRecordWhoseRetriesAreUsedUpIsDeadLetteredWithItsLastFailureWhenItComesAgain() {
        ConsumerRecord<String, String> failing = record(0, 11, "boom");
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second");
        assertThat(failures.failed(failing, first)).isEqualTo(OptionalLong.of(100));
        assertThat(failures.failed(failing, second)).isEmpty();

        batch.process(List.of(record(0, 10, "a"), record(0, 11, "boom"), record(0, 12, "c")), this::handle);

        assertThat(handled).containsExactly("a", "c");
        assertThat(deadLettered).containsExactly("0@11");
        assertThat(reasons).containsExactly(second);
        // sent and committed with the batch: forgotten
        assertThat(failures.exhausted(failing)).isEmpty();
    }

    @Test
    void theUndoActionsOfABatchEndWhenTheNextBatchStarts() {
        List<String> undone = new ArrayList<>();
        batch.process(List.of(record(0, 10, "a")), record -> {
            batch.onRollback(() -> undone.add(record.value()));
            return handle(record);
        });
        // committed: the next batch starts afresh, and its rollback undoes only its own records
        batch.process(List.of(record(0, 11, "b")), record -> {
            batch.onRollback(() -> undone.add(record.value()));
            return handle(record);
        });

        batch.rolledBack();

        assertThat(undone).containsExactly("b");
    }

    private CompletableFuture<?> handle(ConsumerRecord<String, String> record) {
        if (record.value().equals("boom")) throw new IllegalArgumentException("cannot process boom");
        handled.add(record.value());
        return CompletableFuture.completedFuture(null);
    }

    /** A registry that runs observations (one without any handler is a no-op). */
    private static ObservationRegistry observing() {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(context -> true);
        return registry;
    }

    private static ConsumerRecord<String, String> record(int partition, long offset, String value) {
        return new ConsumerRecord<>("t", partition, offset, "agency", value);
    }
}
