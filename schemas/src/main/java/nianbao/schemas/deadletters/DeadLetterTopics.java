package nianbao.schemas.deadletters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import nianbao.schemas.Topic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The dead-letter tool's Kafka side: reads dead-letter topics (read_committed, by assignment: no consumer group, no
 * committed offsets) and sends dead letters back to their source topics.
 *
 * <p>Republication is idempotent by looking, not by remembering: a copy goes to the source partition the record came
 * from, so it lies after the original offset, and carries {@link DeadLetterHeaders#REPUBLISHED_FROM}; before sending,
 * the source partition is read from the original offset on, and a dead letter whose mark is found there is skipped.
 */
public final class DeadLetterTopics implements AutoCloseable {

    /** How long reading may go without progress before the tool gives up on the broker. */
    private static final Duration STALL = Duration.ofSeconds(30);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;

    public DeadLetterTopics(String bootstrapServers) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topic.MAX_RECORD_BYTES,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) STALL.toMillis()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topic.MAX_RECORD_BYTES,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, STALL.toMillis()),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Every committed record of a dead-letter topic, partition by partition in offset order; none if it does not exist. */
    public List<DeadLetter> list(String deadLetterTopic) {
        return readAll(deadLetterTopic).stream().map(DeadLetterHeaders::describe).toList();
    }

    /** Sends the dead letters at these coordinates back to their sources, in this order, each at most once. */
    public List<Republication> republish(List<RecordCoordinates> deadLetters) {
        Map<RecordCoordinates, ConsumerRecord<byte[], byte[]>> found = new LinkedHashMap<>();
        for (RecordCoordinates at : deadLetters) {
            TopicPartition partition = new TopicPartition(at.topic(), at.partition());
            long end = consumer.endOffsets(List.of(partition)).getOrDefault(partition, 0L);
            read(Map.of(partition, at.offset()), Map.of(partition, Math.min(at.offset() + 1, end))).stream()
                    .filter(record -> record.offset() == at.offset())
                    .forEach(record -> found.put(at, record));
        }
        return send(deadLetters, found);
    }

    /** Sends every record of a dead-letter topic back to its source, each at most once. */
    public List<Republication> republishAll(String deadLetterTopic) {
        Map<RecordCoordinates, ConsumerRecord<byte[], byte[]>> found = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : readAll(deadLetterTopic)) {
            found.put(new RecordCoordinates(record.topic(), record.partition(), record.offset()), record);
        }
        return send(List.copyOf(found.keySet()), found);
    }

    private List<Republication> send(List<RecordCoordinates> wanted,
                                     Map<RecordCoordinates, ConsumerRecord<byte[], byte[]>> found) {
        Map<RecordCoordinates, RecordCoordinates> copies = copiesAlreadyMade(found.values());
        List<Republication> outcomes = new ArrayList<>();
        for (RecordCoordinates at : wanted) {
            ConsumerRecord<byte[], byte[]> deadLetter = found.get(at);
            RecordCoordinates copy = copies.get(at);
            if (deadLetter == null) {
                outcomes.add(new Republication.Refused(at, "no committed record there"));
            } else if (copy != null) {
                outcomes.add(new Republication.AlreadyRepublished(at, copy));
            } else if (DeadLetterHeaders.origin(deadLetter.headers()).isEmpty()) {
                outcomes.add(new Republication.Refused(at, "no kafka_dlt-original-* headers: its source is unknown"));
            } else {
                RecordCoordinates sent = sendAndWait(DeadLetterHeaders.republication(deadLetter));
                copies.put(at, sent);
                outcomes.add(new Republication.Sent(at, sent));
            }
        }
        return outcomes;
    }

    /** The copies already in the dead letters' source partitions, by the dead letter they were republished from. */
    private Map<RecordCoordinates, RecordCoordinates> copiesAlreadyMade(Iterable<ConsumerRecord<byte[], byte[]>> deadLetters) {
        Map<TopicPartition, Long> from = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> deadLetter : deadLetters) {
            DeadLetterHeaders.origin(deadLetter.headers()).ifPresent(origin -> from.merge(
                    new TopicPartition(origin.topic(), origin.partition()), origin.offset() + 1, Math::min));
        }
        Map<RecordCoordinates, RecordCoordinates> copies = new HashMap<>();
        if (from.isEmpty()) return copies;
        for (ConsumerRecord<byte[], byte[]> record : read(from, consumer.endOffsets(from.keySet()))) {
            DeadLetterHeaders.republishedFrom(record.headers()).ifPresent(deadLetter -> copies.put(deadLetter,
                    new RecordCoordinates(record.topic(), record.partition(), record.offset())));
        }
        return copies;
    }

    private RecordCoordinates sendAndWait(ProducerRecord<byte[], byte[]> record) {
        try {
            RecordMetadata sent = producer.send(record).get();
            return new RecordCoordinates(sent.topic(), sent.partition(), sent.offset());
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + record.topic() + ":" + record.partition(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + record.topic(), e);
        }
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        List<PartitionInfo> partitions = Optional.ofNullable(consumer.partitionsFor(topic)).orElse(List.of());
        List<TopicPartition> assigned = partitions.stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .sorted((a, b) -> Integer.compare(a.partition(), b.partition()))
                .toList();
        if (assigned.isEmpty()) return List.of();
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(
                read(consumer.beginningOffsets(assigned), consumer.endOffsets(assigned)));
        records.sort((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
        return records;
    }

    /** The committed records of each partition from its start offset (inclusive) to its end offset (exclusive). */
    private List<ConsumerRecord<byte[], byte[]>> read(Map<TopicPartition, Long> from, Map<TopicPartition, Long> until) {
        List<TopicPartition> pending = new ArrayList<>(from.keySet().stream()
                .filter(partition -> from.get(partition) < until.get(partition)).toList());
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        consumer.assign(pending);
        pending.forEach(partition -> consumer.seek(partition, from.get(partition)));
        long stalledAt = System.nanoTime() + STALL.toNanos();
        while (!pending.isEmpty()) {
            if (System.nanoTime() > stalledAt) {
                throw new IllegalStateException("could not read " + pending + " to its end within " + STALL);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < until.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                    stalledAt = System.nanoTime() + STALL.toNanos();
                }
            }
            // the position passes aborted transactions and commit markers too, so it, not the last record, says done
            pending.removeIf(partition -> consumer.position(partition) >= until.get(partition));
        }
        consumer.assign(List.of());
        return records;
    }

    @Override
    public void close() {
        consumer.close();
        producer.close();
    }
}
