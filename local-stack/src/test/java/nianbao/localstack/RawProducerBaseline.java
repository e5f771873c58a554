package nianbao.localstack;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The yardstick of a pipeline figure (brief: "a pipeline figure beside the raw Kafka producer figure measured in the
 * same run"): plain records of a report event's size sent as fast as one producer goes to a topic of its own on the
 * same broker, acks=all and the batching of shared/notes/platform.md, as Kafka's ProducerPerformance does.
 */
final class RawProducerBaseline {

    /** Records per second and MB per second. */
    record Figure(long records, int recordBytes, double recordsPerSecond, double megabytesPerSecond) {
    }

    private static final int PARTITIONS = 12;

    private RawProducerBaseline() {
    }

    static Figure measure(String bootstrapServers, long records, int recordBytes) throws Exception {
        String topic = "raw-producer-baseline";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(java.util.List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        byte[] value = new byte[recordBytes];
        new Random(1).nextBytes(value);
        Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.BATCH_SIZE_CONFIG, 262_144, ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings)) {
            // a topic just created may not have its leaders yet: a record to each partition first, acknowledged, so
            // that the timed sends do not wait out the retries of the first batches (a run once timed 120 s of that)
            for (int partition = 0; partition < PARTITIONS; partition++) {
                producer.send(new ProducerRecord<>(topic, partition, null, value)).get(60, TimeUnit.SECONDS);
            }
            AtomicReference<Exception> failure = new AtomicReference<>();
            long started = System.nanoTime();
            for (long i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, value), (metadata, e) -> {
                    if (e != null) failure.compareAndSet(null, e);
                });
            }
            producer.flush();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (failure.get() != null) throw new IllegalStateException("the raw producer's sends failed", failure.get());
            return new Figure(records, recordBytes, records / seconds, records * (double) recordBytes / seconds / 1e6);
        }
    }
}
