package nianbao.localstack.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.ReportSubmitted;
import nianbao.events.SubmissionChannel;
import nianbao.events.SubmittedDocument;
import nianbao.schemas.Topics;
import nianbao.schemas.registry.SchemaRegistryClient;
import nianbao.schemas.registry.SchemaRegistryException;
import nianbao.schemas.serde.SerdeConfig;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The project's serde against Confluent's own Schema Registry and the Apache Kafka image, proving the services work
 * with Confluent's registry as well as Apicurio. Skipped where no Docker engine runs (these machines, CI).
 */
@Testcontainers(disabledWithoutDocker = true)
class ConfluentRegistryContainersTest {

    private static final Network NETWORK = Network.newNetwork();

    @Container
    private static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.2.1")
            .withNetwork(NETWORK)
            .withListener("kafka:19092");

    @Container
    private static final GenericContainer<?> REGISTRY = new GenericContainer<>("confluentinc/cp-schema-registry:7.9.1")
            .withNetwork(NETWORK)
            .dependsOn(KAFKA)
            .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
            .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
            .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
            .withExposedPorts(8081)
            .waitingFor(Wait.forHttp("/subjects").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(3)));

    private static String registryUrl() {
        return "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8081);
    }

    @Test
    void aReportSubmittedEventTravelsThroughKafkaInConfluentsWireFormat() throws Exception {
        ReportSubmitted event = ReportSubmitted.newBuilder()
                .setSubmissionId("0f6b1c2d-0000-4000-8000-00000000c0de")
                .setAgency(new Agency("kunwu-office", "昆吾街道办事处", "410971", AgencyLevel.TOWNSHIP, null))
                .setReportYear(2020)
                .setDocument(new SubmittedDocument("kunwu-office-2020.txt", "text/plain", "c0ffee", 12L,
                        ByteBuffer.wrap("二、主动公开政府信息情况".getBytes(StandardCharsets.UTF_8))))
                .setPublishedOn(null)
                .setPublicationUrl(null)
                .setSubmittedAt(Instant.parse("2021-01-15T02:00:00Z"))
                .setSubmittedBy("kunwu-office")
                .setChannel(SubmissionChannel.PORTAL)
                .build();
        String topic = Topics.REPORT_SUBMITTED.name();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA.getBootstrapServers()))) {
            admin.createTopics(List.of(Topics.REPORT_SUBMITTED.newTopic(1, (short) 1))).all().get();
        }
        SchemaRegistryClient registry = SerdeConfig.client(registryUrl());
        try (KafkaProducer<String, ReportSubmitted> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()),
                Topics.REPORT_SUBMITTED.keySerializer(), Topics.REPORT_SUBMITTED.valueSerializer(registry))) {
            producer.send(new ProducerRecord<>(topic, "kunwu-office", event)).get();
        }

        List<ConsumerRecord<String, ReportSubmitted>> received = new ArrayList<>();
        try (KafkaConsumer<String, ReportSubmitted> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "containers-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                Topics.REPORT_SUBMITTED.keyDeserializer(), Topics.REPORT_SUBMITTED.valueDeserializer(registry))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (received.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }
        assertThat(received).hasSize(1);
        assertThat(received.get(0).key()).isEqualTo("kunwu-office");
        assertThat(received.get(0).value()).isEqualTo(event);
        int schemaId = new SchemaRegistryClient(registryUrl()).latest(Topics.REPORT_SUBMITTED.valueSubject()).id();
        byte[] written = Topics.REPORT_SUBMITTED.valueSerializer(registry).serialize(topic, event);
        assertThat(ByteBuffer.wrap(written, 1, 4).getInt()).isEqualTo(schemaId);
    }

    @Test
    void confluentsRegistryRefusesABackwardIncompatibleVersion() {
        SchemaRegistryClient client = new SchemaRegistryClient(registryUrl());
        String subject = "containers-probe-value";
        client.register(subject, new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"Probe\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}"));
        client.setCompatibility(subject, "BACKWARD");
        Schema withoutDefault = new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"Probe\",\"fields\":["
                + "{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\"}]}");

        assertThat(client.isCompatible(subject, withoutDefault)).isFalse();
        assertThatThrownBy(() -> client.register(subject, withoutDefault))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).status()).isEqualTo(409));
    }
}
