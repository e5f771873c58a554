package nianbao.schemas.spring;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/** What the batch listeners ({@link TransactionalBatch}, {@link DatabaseBatch}) need of each record of a batch. */
final class BatchRecords {

    private static final LogAccessor LOG = new LogAccessor(BatchRecords.class);

    private BatchRecords() {
    }

    /**
     * The record's own observation, as spring-kafka's record listeners have it: its parent is read from the record's
     * headers, so what its processing sends and logs carries its own trace id. spring-kafka observes a batch listener
     * per batch at most, which would give every record of a batch one trace.
     */
    static Observation observation(ConsumerRecord<?, ?> record, ObservationRegistry observations) {
        String group = KafkaUtils.getConsumerGroupId();
        return KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
                KafkaListenerObservation.DefaultKafkaListenerObservationConvention.INSTANCE,
                () -> new KafkaRecordReceiverContext(record, group == null ? "batch-listener" : group, null, group,
                        () -> null),
                observations);
    }

    /** Why the record arrived without a value: the value deserializer's failure, from the headers. */
    static Optional<DeserializationException> unreadable(ConsumerRecord<?, ?> record) {
        if (record.value() != null) return Optional.empty();
        return Optional.ofNullable(SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG));
    }

    static String describe(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset() + " (key " + record.key() + ")";
    }
}
