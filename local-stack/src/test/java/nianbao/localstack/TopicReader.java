package nianbao.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import nianbao.schemas.Topic;
import nianbao.schemas.serde.AvroWireFieldsDeserializer;
import nianbao.schemas.serde.SerdeConfig;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a report topic from the beginning in a background thread, with the project's deserializer and only committed
 * records (the services write in transactions), keeping every record for assertions — or, for a long load run, handing
 * each to a callback that keeps only what it needs, read from only the fields it needs ({@link #fields}).
 */
final class TopicReader<V> implements AutoCloseable {

    private final KafkaConsumer<String, V> consumer;
    private final List<ConsumerRecord<String, V>> records = new CopyOnWriteArrayList<>();
    private final Consumer<ConsumerRecord<String, V>> onRecord;
    private final Thread poller;
    private volatile RuntimeException failure;

    /** Keeps every record of {@code topic}, read whole. */
    static <V extends SpecificRecord> TopicReader<V> of(Topic<V> topic, String bootstrapServers, String schemaRegistryUrl) {
        return new TopicReader<>(topic, topic.valueDeserializer(SerdeConfig.client(schemaRegistryUrl)),
                bootstrapServers, null);
    }

    /** Hands {@code onRecord} (on the polling thread) each record of {@code topic} with only the named fields read. */
    static TopicReader<GenericRecord> fields(Topic<?> topic, List<String> fields, String bootstrapServers,
                                             String schemaRegistryUrl, Consumer<ConsumerRecord<String, GenericRecord>> onRecord) {
        return new TopicReader<>(topic, new AvroWireFieldsDeserializer(SerdeConfig.client(schemaRegistryUrl),
                topic.valueType(), fields), bootstrapServers, onRecord);
    }

    private TopicReader(Topic<?> topic, Deserializer<V> values, String bootstrapServers,
                        Consumer<ConsumerRecord<String, V>> onRecord) {
        this.onRecord = onRecord != null ? onRecord : records::add;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "end-to-end-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topic.MAX_RECORD_BYTES,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 2 * Topic.MAX_RECORD_BYTES),
                topic.keyDeserializer(), values);
        consumer.subscribe(List.of(topic.name()));
        poller = new Thread(this::poll, "read-" + topic.name());
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        try {
            while (true) {
                consumer.poll(Duration.ofMillis(500)).forEach(onRecord);
            }
        } catch (WakeupException closing) {
            // close() was called
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close();
        }
    }

    /** Every value read so far (none when a callback takes them); rethrows a failure of the polling thread (e.g. an undeserializable record). */
    List<V> values() {
        return records().stream().map(ConsumerRecord::value).toList();
    }

    /** Every record read so far, with its headers. */
    List<ConsumerRecord<String, V>> records() {
        throwIfFailed();
        return List.copyOf(records);
    }

    /** Rethrows a failure of the polling thread, if there was one. */
    void throwIfFailed() {
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        poller.join(Duration.ofSeconds(30).toMillis());
    }
}
