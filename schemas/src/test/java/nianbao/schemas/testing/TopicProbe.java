package nianbao.schemas.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.UUID;
import nianbao.schemas.Topic;
import nianbao.schemas.Topics;
import nianbao.schemas.registry.SchemaRegistryClient;
import nianbao.schemas.serde.SerdeConfig;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Test access to the report topics of a real broker and registry, through the project's own serde: send events or raw
 * bytes, and wait (bounded) for the next events of one agency. Each topic is read by its own fresh consumer group from
 * the beginning, read_committed, and keeps its position between calls.
 */
public final class TopicProbe implements AutoCloseable {

    private final String bootstrapServers;
    private final SchemaRegistryClient registry;
    /** Events are serialized by their topic's serializer first, so one producer sends events and raw records. */
    private final Producer<String, byte[]> raw;
    private Producer<String, byte[]> transactional;
    private final Map<String, Consumer<String, ?>> readers = new HashMap<>();

    public TopicProbe(String bootstrapServers, String registryUrl) {
        this.bootstrapServers = bootstrapServers;
        this.registry = SerdeConfig.client(registryUrl);
        this.raw = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers,
                "max.request.size", Topic.MAX_RECORD_BYTES), Topics.keySerializer(), new ByteArraySerializer());
    }

    /** Sends {@code value} and returns where it was written. */
    public <V extends SpecificRecord> RecordMetadata send(Topic<V> topic, String key, V value) {
        return send(topic, key, value, Map.of());
    }

    /** Sends {@code value} with string headers (such as a {@code traceparent}) and returns where it was written. */
    public <V extends SpecificRecord> RecordMetadata send(Topic<V> topic, String key, V value, Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), key, serialized(topic, value));
        headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        try {
            return raw.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sending to " + topic.name() + " failed", e.getCause());
        }
    }

    public void sendRaw(String topic, String key, byte[] value) {
        raw.send(new ProducerRecord<>(topic, key, value));
        raw.flush();
    }

    /**
     * Sends events ({@code V}) and raw records ({@code byte[]}) of {@code key} in one producer transaction: a
     * read_committed consumer sees them all at once, so a listener gets them in one poll batch.
     */
    public <V extends SpecificRecord> void sendInOneTransaction(Topic<V> topic, String key, List<?> events) {
        if (transactional == null) {
            transactional = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers,
                    "max.request.size", Topic.MAX_RECORD_BYTES, "transactional.id", "probe-" + UUID.randomUUID()),
                    Topics.keySerializer(), new ByteArraySerializer());
            transactional.initTransactions();
        }
        transactional.beginTransaction();
        for (Object event : events) {
            byte[] value = event instanceof byte[] raw ? raw : serialized(topic, topic.valueType().cast(event));
            transactional.send(new ProducerRecord<>(topic.name(), key, value));
        }
        transactional.commitTransaction();
    }

    /** The next {@code count} events of {@code key} on {@code topic}, in topic order; fails after {@code timeout}. */
    public <V extends SpecificRecord> List<V> next(Topic<V> topic, String key, int count, Duration timeout) {
        return nextRecords(topic, key, count, timeout).stream().map(ConsumerRecord::value).toList();
    }

    /** As {@link #next}, with the records' headers. */
    @SuppressWarnings("unchecked")
    public <V extends SpecificRecord> List<ConsumerRecord<String, V>> nextRecords(Topic<V> topic, String key, int count,
                                                                                Duration timeout) {
        Consumer<String, V> consumer = (Consumer<String, V>) readers.computeIfAbsent(topic.name(),
                name -> subscribed(name, topic.valueDeserializer(registry)));
        return poll(consumer, key, count, timeout);
    }

    /** The next dead-lettered records of {@code key} for {@code topic}, with their headers. */
    @SuppressWarnings("unchecked")
    public List<ConsumerRecord<String, byte[]>> nextDeadLetters(Topic<?> topic, String key, int count, Duration timeout) {
        Consumer<String, byte[]> consumer = (Consumer<String, byte[]>) readers.computeIfAbsent(topic.deadLetter(),
                name -> subscribed(name, new ByteArrayDeserializer()));
        return poll(consumer, key, count, timeout);
    }

    /** Every further event of {@code key} on {@code topic} that arrives within {@code quiet}: none, when none is due. */
    @SuppressWarnings("unchecked")
    public <V extends SpecificRecord> List<V> drain(Topic<V> topic, String key, Duration quiet) {
        Consumer<String, V> consumer = (Consumer<String, V>) readers.computeIfAbsent(topic.name(),
                name -> subscribed(name, topic.valueDeserializer(registry)));
        return pollFor(consumer, key, quiet).stream().map(ConsumerRecord::value).toList();
    }

    /** Every further dead letter of {@code key} for {@code topic} that arrives within {@code quiet}. */
    @SuppressWarnings("unchecked")
    public List<ConsumerRecord<String, byte[]>> drainDeadLetters(Topic<?> topic, String key, Duration quiet) {
        Consumer<String, byte[]> consumer = (Consumer<String, byte[]>) readers.computeIfAbsent(topic.deadLetter(),
                name -> subscribed(name, new ByteArrayDeserializer()));
        return pollFor(consumer, key, quiet);
    }

    private static <V> List<ConsumerRecord<String, V>> pollFor(Consumer<String, V> consumer, String key, Duration quiet) {
        List<ConsumerRecord<String, V>> found = new ArrayList<>();
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key())) found.add(record);
            }
        }
        return found;
    }

    private <V extends SpecificRecord> byte[] serialized(Topic<V> topic, V value) {
        try (Serializer<V> values = topic.valueSerializer(registry)) {
            return values.serialize(topic.name(), value);
        }
    }

    private <V> Consumer<String, V> subscribed(String topic, Deserializer<V> values) {
        Consumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topic.MAX_RECORD_BYTES),
                Topics.keyDeserializer(), values);
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static <V> List<ConsumerRecord<String, V>> poll(Consumer<String, V> consumer, String key, int count,
                                                            Duration timeout) {
        List<ConsumerRecord<String, V>> found = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (found.size() < count && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key())) found.add(record);
            }
        }
        if (found.size() < count) {
            throw new AssertionError("expected " + count + " records of " + key + " within " + timeout + ", got " + found.size());
        }
        return found.subList(0, count);
    }

    @Override
    public void close() {
        raw.close();
        if (transactional != null) transactional.close();
        readers.values().forEach(Consumer::close);
    }
}
