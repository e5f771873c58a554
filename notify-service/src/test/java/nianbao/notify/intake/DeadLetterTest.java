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
import nianbao.notify.support.Events;
import nianbao.notify.support.NotifyIntegrationTest;
import nianbao.schemas.Topics;

class DeadLetterTest extends NotifyIntegrationTest {

    @Test
    void aRecordThatCannotBeReadGoesToTheDeadLetterTopicWithTheReasonAndThePartitionGoesOn() {
        byte[] poison = "not a wire-format record".getBytes(StandardCharsets.UTF_8);
        publishRaw("poison-office", poison);
        Agency agency = Agency.newBuilder().setId("poison-office").setName("某街道办事处").setRegionCode("330326")
                .setLevel(AgencyLevel.TOWNSHIP).build();
        publish(Events.validated("poison-after", agency, 2022, Instant.parse("2023-02-01T00:00:00Z")));

        awaitStored("poison-after");
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
                    if ("poison-office".equals(r.key())) {
                        deadLetters.add(r);
                    }
                });
                return !deadLetters.isEmpty();
            });
            // nianbao.topics.partitions, by default
            assertThat(partitions).hasSize(12);
        }
        ConsumerRecord<String, byte[]> deadLetter = deadLetters.get(0);
        assertThat(deadLetters).hasSize(1);
        assertThat(deadLetter.value()).isEqualTo(poison);
        assertThat(header(deadLetter, "kafka_dlt-original-topic")).isEqualTo("report-validated");
        assertThat(header(deadLetter, "kafka_dlt-exception-fqcn"))
                .isEqualTo("org.springframework.kafka.support.serializer.DeserializationException");
        assertThat(Integer.parseInt(header(deadLetter, "kafka_dlt-original-partition")))
                .isEqualTo(deadLetter.partition());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : name.endsWith("partition")
                ? Integer.toString(java.nio.ByteBuffer.wrap(header.value()).getInt())
                : new String(header.value(), StandardCharsets.UTF_8);
    }
}
