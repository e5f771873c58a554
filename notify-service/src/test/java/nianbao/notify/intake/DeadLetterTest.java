package nianbao.notify.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.Finding;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.notify.support.Events;
import nianbao.notify.support.NotifyIntegrationTest;
import nianbao.schemas.Topics;

class DeadLetterTest extends NotifyIntegrationTest {

    @Test
    void aRecordThatCannotBeReadGoesToTheDeadLetterTopicWithTheReasonAndThePartitionGoesOn() {
        byte[] poison = "not a wire-format record".getBytes(StandardCharsets.UTF_8);
        publishRaw("poison-office", poison);
        publish(Events.validated("poison-after", township("poison-office"), 2022, Instant.parse("2023-02-01T00:00:00Z")));

        awaitStored("poison-after");
        List<ConsumerRecord<String, byte[]>> deadLetters = deadLettersOf("poison-office");
        ConsumerRecord<String, byte[]> deadLetter = deadLetters.get(0);
        assertThat(deadLetters).hasSize(1);
        assertThat(deadLetter.value()).isEqualTo(poison);
        assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo("report-validated");
        assertThat(header(deadLetter, "kafka_dlt-exception-fqcn"))
                .isEqualTo("org.springframework.kafka.support.serializer.DeserializationException");
        assertThat(Integer.parseInt(header(deadLetter, "kafka_dlt-original-partition")))
                .isEqualTo(deadLetter.partition());
    }

    /**
     * A poison record between two good ones of the same agency, committed together so that they come in one poll
     * batch: the first is stored, the poison record alone is dead-lettered, the third is stored after it, and neither
     * good one opens its alert twice.
     */
    @Test
    void aPoisonRecordInsideABatchIsDeadLetteredAloneAndTheRecordsAroundItAreStoredOnce() {
        Agency agency = township("batch-office");
        byte[] poison = "neither Avro nor anything else".getBytes(StandardCharsets.UTF_8);
        publishRaw("batch-office",
                wireBytes(Events.validated("batch-before", agency, 2021, Instant.parse("2022-01-20T00:00:00Z"),
                        failing("batch-before-fp"))),
                poison,
                wireBytes(Events.validated("batch-after", agency, 2022, Instant.parse("2023-01-20T00:00:00Z"),
                        failing("batch-after-fp"))));

        awaitStored("batch-after");
        assertThat(jdbc.sql("select submission_id from validation where agency_id = 'batch-office' order by 1")
                .query(String.class).list()).containsExactly("batch-after", "batch-before");
        assertThat(jdbc.sql("select fingerprint || ' ' || kind || ' ' || submission_id from alert_event"
                        + " where fingerprint like 'batch-%' order by id")
                .query(String.class).list())
                .containsExactly("batch-before-fp OPENED batch-before", "batch-after-fp OPENED batch-after");
        assertThat(deadLettersOf("batch-office")).extracting(ConsumerRecord::value).containsExactly(poison);
    }

    private static Agency township(String id) {
        return Agency.newBuilder().setId(id).setName("某街道办事处").setRegionCode("330326")
                .setLevel(AgencyLevel.TOWNSHIP).build();
    }

    private static Finding failing(String fingerprint) {
        return Events.finding("T3-BALANCE", RuleOutcome.FAIL, Severity.ERROR, fingerprint,
                "第一项加第二项之和不等于第三项加第四项之和", "（七）总计 16");
    }

    /** The dead letters of this key, read until at least one came (the error handler publishes them asynchronously). */
    private List<ConsumerRecord<String, byte[]>> deadLettersOf(String key) {
        List<ConsumerRecord<String, byte[]>> deadLetters = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Topics.keyDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REPORT_VALIDATED.deadLetter()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            eventually().until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        deadLetters.add(r);
                    }
                });
                return !deadLetters.isEmpty();
            });
            // a second one would be in the same partition right behind the first
            consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                if (key.equals(r.key())) {
                    deadLetters.add(r);
                }
            });
            // nianbao.topics.partitions, by default
            assertThat(partitions).hasSize(12);
        }
        return deadLetters;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : name.endsWith("partition")
                ? Integer.toString(java.nio.ByteBuffer.wrap(header.value()).getInt())
                : new String(header.value(), StandardCharsets.UTF_8);
    }
}
