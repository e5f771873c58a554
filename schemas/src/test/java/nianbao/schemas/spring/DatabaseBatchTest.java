package nianbao.schemas.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.observation.ObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class DatabaseBatchTest {

    /** A database of one list: what a transaction wrote is kept on commit and dropped on rollback. */
    private static final class ListDatabase extends AbstractPlatformTransactionManager {
        final List<String> committed = new ArrayList<>();
        final List<String> staged = new ArrayList<>();
        int commits;
        int rollbacks;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            staged.clear();
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            committed.addAll(staged);
            staged.clear();
            commits++;
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            staged.clear();
            rollbacks++;
        }
    }

    private final ListDatabase database = new ListDatabase();
    private final ObservationRegistry observations = ObservationRegistry.create();

    {
        observations.observationConfig().observationHandler(context -> true);
    }
    private final DatabaseBatch batches = new DatabaseBatch(new TransactionTemplate(database), observations);
    private final Set<String> failing = new HashSet<>();
    private final Set<String> failingOnce = new HashSet<>();

    @Test
    void aBatchIsWrittenInOneTransactionInOrder() {
        batches.process(List.of(record(10, "a"), record(11, "b"), record(12, "c")), this::write);

        assertThat(database.committed).containsExactly("a", "b", "c");
        assertThat(database.commits).isEqualTo(1);
        assertThat(database.rollbacks).isZero();
    }

    @Test
    void aRecordThatFailsIsNamedByItsIndexAfterTheRecordsBeforeItAreWrittenEachAlone() {
        failing.add("c");

        assertThatThrownBy(() -> batches.process(
                List.of(record(10, "a"), record(11, "b"), record(12, "c"), record(13, "d")), this::write))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).isEqualTo(2);
                    assertThat(e.getCause()).hasMessage("cannot write c");
                    assertThat(e.getMessage()).contains("report-validated-0@12 (key agency-c) failed");
                });
        // the batch's transaction rolled back; a and b then committed alone, c failed alone; d waits for the retry
        assertThat(database.committed).containsExactly("a", "b");
        assertThat(database.commits).isEqualTo(2);
        assertThat(database.rollbacks).isEqualTo(2);
    }

    @Test
    void aBatchThatMetAPassingConflictGoesThroughRecordByRecord() {
        failingOnce.add("b");

        batches.process(List.of(record(10, "a"), record(11, "b"), record(12, "c")), this::write);

        assertThat(database.committed).containsExactly("a", "b", "c");
        assertThat(database.commits).isEqualTo(3);
        assertThat(database.rollbacks).isEqualTo(1);
    }

    @Test
    void aRecordThatCouldNotBeReadEndsTheBatchBeforeItWithoutBeingHandled() {
        ConsumerRecord<String, String> unreadable = unreadable(11);
        List<String> handled = new ArrayList<>();

        assertThatThrownBy(() -> batches.process(List.of(record(10, "a"), unreadable, record(12, "c")), record -> {
            handled.add(record.value());
            write(record);
        })).isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
            assertThat(e.getIndex()).isEqualTo(1);
            assertThat(e.getCause()).isInstanceOf(DeserializationException.class);
        });
        assertThat(handled).containsExactly("a");
        assertThat(database.committed).containsExactly("a");
        assertThat(database.commits).isEqualTo(1);
    }

    @Test
    void aBatchStartingWithAnUnreadableRecordOpensNoTransaction() {
        assertThatThrownBy(() -> batches.process(List.of(unreadable(10), record(11, "b")), this::write))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isZero());
        assertThat(database.commits + database.rollbacks).isZero();
    }

    /** What the log lines of each record's handling show: that record's own observation, not the batch's. */
    @Test
    void eachRecordIsHandledInItsOwnObservation() {
        ConsumerRecord<String, String> a = record(10, "a");
        ConsumerRecord<String, String> b = record(11, "b");
        List<Object> observed = new ArrayList<>();

        batches.process(List.of(a, b), record -> observed.add(
                ((KafkaRecordReceiverContext) observations.getCurrentObservation().getContext()).getRecord()));

        assertThat(observed).containsExactly(a, b);
        assertThat(observations.getCurrentObservation()).isNull();
    }

    private void write(ConsumerRecord<String, String> record) {
        if (failing.contains(record.value()) || failingOnce.remove(record.value())) {
            throw new IllegalStateException("cannot write " + record.value());
        }
        database.staged.add(record.value());
    }

    private static ConsumerRecord<String, String> record(long offset, String value) {
        return new ConsumerRecord<>("report-validated", 0, offset, "agency-" + value, value);
    }

    private static ConsumerRecord<String, String> unreadable(long offset) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("report-validated", 0, offset, "agency-x", null);
        DeserializationException reason = new DeserializationException("failed to deserialize",
                "junk".getBytes(StandardCharsets.UTF_8), false, new SerializationException("unknown magic byte 106"));
        SerializationUtils.deserializationException(record.headers(), reason.getData(), reason, false);
        return record;
    }
}
