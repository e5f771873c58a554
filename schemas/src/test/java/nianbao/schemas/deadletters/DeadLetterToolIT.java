package nianbao.schemas.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nianbao.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The dead-letter tool on a real broker: a record of report-parsed is dead-lettered by Spring Kafka's own recoverer,
 * as the services do it (same partition of {@code report-parsed-dlt}, reason in the headers); the tool lists it,
 * sends it back, and skips it the second time.
 */
@EmbeddedKafka
class DeadLetterToolIT {

    private static final int PARTITION = 1;
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void topics() {
        broker = EmbeddedKafkaCondition.getBroker();
        broker.addTopics(Topics.REPORT_PARSED.newTopic(2, (short) 1), Topics.REPORT_PARSED.newDeadLetterTopic(2, (short) 1));
    }

    @Test
    void aDeadLetterIsListedWithItsReasonRepublishedOnceAndSkippedTheSecondTime() {
        String agency = "agency-" + UUID.randomUUID();
        byte[] value = {0, 0, 0, 0, 1, 42, 7};
        Instant submitted = Instant.parse("2026-03-01T02:00:00Z");
        send(new ProducerRecord<>("report-parsed", PARTITION, submitted.toEpochMilli(), utf8(agency), value,
                new RecordHeaders().add("traceparent", utf8("00-4bf92f3577b34da6-00f067aa0ba902b7-01"))));
        ConsumerRecord<byte[], byte[]> original = recordAt("report-parsed", PARTITION, 0);

        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        deadLetterRecoverer().accept(original,
                new ListenerExecutionFailedException("Listener failed", new IllegalStateException("no table 二")));
        Instant after = Instant.now();

        List<DeadLetter> listed;
        try (DeadLetterTopics topics = new DeadLetterTopics(broker.getBrokersAsString())) {
            listed = topics.list("report-parsed-dlt");
        }
        assertThat(listed).hasSize(1);
        DeadLetter deadLetter = listed.get(0);
        assertThat(deadLetter.timestamp()).isBetween(before, after);
        assertThat(deadLetter).isEqualTo(new DeadLetter(new RecordCoordinates("report-parsed-dlt", PARTITION, 0),
                deadLetter.timestamp(), agency, Optional.of(new RecordCoordinates("report-parsed", PARTITION, 0)),
                "org.springframework.kafka.listener.ListenerExecutionFailedException: Listener failed; no table 二 "
                        + "(cause java.lang.IllegalStateException)"));
        assertThat(tool("report-parsed-dlt")).isEqualTo(deadLetter.line() + "\n");
        // every dead-letter topic of the catalogue; the two this broker does not have are empty
        assertThat(tool()).isEqualTo(deadLetter.line() + "\n");

        assertThat(tool("--republish", "report-parsed-dlt:1:0"))
                .isEqualTo("republished report-parsed-dlt:1:0 as report-parsed:1:1\n");
        ConsumerRecord<byte[], byte[]> copy = recordAt("report-parsed", PARTITION, 1);
        assertThat(new String(copy.key(), StandardCharsets.UTF_8)).isEqualTo(agency);
        assertThat(copy.value()).isEqualTo(value);
        assertThat(copy.timestamp()).isEqualTo(submitted.toEpochMilli());
        assertThat(copy.headers().toArray()).extracting(header -> header.key() + "=" + new String(header.value(), StandardCharsets.UTF_8))
                .containsExactly("traceparent=00-4bf92f3577b34da6-00f067aa0ba902b7-01",
                        "nianbao-republished-from=report-parsed-dlt:1:0");

        assertThat(tool("--republish", "report-parsed-dlt:1:0"))
                .isEqualTo("skipped report-parsed-dlt:1:0: already republished as report-parsed:1:1\n");
        assertThat(tool("--republish-all", "report-parsed-dlt"))
                .isEqualTo("skipped report-parsed-dlt:1:0: already republished as report-parsed:1:1\n");
        assertThat(tool("--republish", "report-parsed-dlt:1:1", "report-parsed-dlt:0:0"))
                .isEqualTo("refused report-parsed-dlt:1:1: no committed record there\n"
                        + "refused report-parsed-dlt:0:0: no committed record there\n");
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            TopicPartition source = new TopicPartition("report-parsed", PARTITION);
            assertThat(consumer.endOffsets(List.of(source))).containsEntry(source, 2L);
        }
    }

    /** Runs the tool's command line against the embedded broker; what it printed (its exit code checked). */
    private static String tool(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = DeadLetterTool.run(List.of(args), broker.getBrokersAsString(),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(printed.startsWith("refused") ? 1 : 0);
        return printed;
    }

    /** As ReportTopicsKafkaConfiguration wires it: same partition of {@code <topic>-dlt}. */
    private static DeadLetterPublishingRecoverer deadLetterRecoverer() {
        KafkaTemplate<byte[], byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
                Map.of("bootstrap.servers", broker.getBrokersAsString()), new ByteArraySerializer(), new ByteArraySerializer()));
        return new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(record.topic() + "-dlt", record.partition()));
    }

    private static void send(ProducerRecord<byte[], byte[]> record) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                broker.getBrokersAsString()), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(record);
        }
    }

    private static ConsumerRecord<byte[], byte[]> recordAt(String topic, int partition, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            TopicPartition at = new TopicPartition(topic, partition);
            consumer.assign(List.of(at));
            consumer.seek(at, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) return record;
                }
            }
            throw new AssertionError("no record at " + topic + ":" + partition + ":" + offset);
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of("bootstrap.servers", broker.getBrokersAsString()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
