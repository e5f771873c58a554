package nianbao.ingest.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Settles a transaction whose commit answer was lost, by reading its first record back as a read_committed consumer
 * sees it. Call it once the transaction is complete (a new producer with the same transactional id has initialised:
 * the coordinator finished or aborted it first). A committed record is returned at its own offset; an aborted one is
 * skipped, so the consumer returns a later record or moves its position past it.
 */
final class TransactionReadBack {

    private final Map<String, Object> consumerConfig;

    TransactionReadBack(Map<String, Object> clientConfig) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        this.consumerConfig = Map.copyOf(config);
    }

    /** True when committed, false when aborted; empty when the broker did not tell within {@code patience}. */
    Optional<Boolean> committed(RecordMetadata record, Duration patience) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig,
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, record.offset());
            Instant giveUp = Instant.now().plus(patience);
            while (Instant.now().isBefore(giveUp)) {
                for (ConsumerRecord<byte[], byte[]> first : consumer.poll(Duration.ofMillis(500))) {
                    return Optional.of(first.offset() == record.offset());
                }
                if (consumer.position(partition, Duration.ofSeconds(5)) > record.offset()) return Optional.of(false);
            }
        }
        return Optional.empty();
    }
}
