package nianbao.notify.support;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nianbao.events.ReportValidated;
import nianbao.infra.registry.ApicurioRegistry;
import nianbao.events.EventPosition;
import nianbao.events.ReportParsed;
import nianbao.schemas.Topic;
import nianbao.schemas.Topics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import nianbao.schemas.serde.SerdeConfig;

/**
 * The service on real parts, with the local profile's seed (agencies, admin) as the local stack runs it and the
 * test profile's supervisors: a KRaft broker (spring-kafka-test), the Apicurio registry, PostgreSQL, GreenMail as SMTP
 * server and an HTTP webhook receiver. Every integration test class extends this one unchanged, so they share one
 * application context and one broker per test run. Tests use different agencies and count only their own mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "it"})
@EmbeddedKafka(partitions = 6, topics = {"report-validated", "report-parsed"}, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public abstract class NotifyIntegrationTest {

    protected static final EmbeddedPostgres POSTGRES = startPostgres();
    protected static final GreenMail SMTP = startSmtp();
    protected static final WebhookReceiver WEBHOOKS =
            WebhookReceiver.start(Map.of("kaifeng", "kaifeng-secret", "zhejiang", "zhejiang-secret"));

    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected EmbeddedKafkaBroker broker;
    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres") + "&currentSchema=notify");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("nianbao.schema-registry-url", () -> ApicurioRegistry.shared().ccompatUrl());
        registry.add("test.webhook.base", WEBHOOKS::baseUrl);
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        return greenMail;
    }

    /** Waits for something the service does asynchronously; the ceiling only guards against a hang. */
    protected static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100));
    }

    /** Publishes each event in a transaction of its own, keyed by agency as the services do. */
    protected void publish(ReportValidated... events) {
        for (ReportValidated event : events) send(Topics.REPORT_VALIDATED, event.getAgency().getId(), event);
    }

    /** Writes a report-parsed event as parse-service does; returns where it lies (report pages read its text back). */
    protected EventPosition publishParsed(ReportParsed parsed) {
        RecordMetadata at = send(Topics.REPORT_PARSED, parsed.getAgency().getId(), parsed);
        return new EventPosition(at.topic(), at.partition(), at.offset());
    }

    /** One event in a transaction of its own, keyed by agency as the services do. */
    private <V extends SpecificRecord> RecordMetadata send(Topic<V> topic, String agency, V event) {
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(producerProperties(), topic.keySerializer(),
                topic.valueSerializer(SerdeConfig.client(ApicurioRegistry.shared().ccompatUrl())))) {
            producer.initTransactions();
            producer.beginTransaction();
            RecordMetadata at = producer.send(new ProducerRecord<>(topic.name(), agency, event)).get();
            producer.commitTransaction();
            return at;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes these bytes to report-validated under one key in one transaction, so a consumer polls them together. */
    protected void publishRaw(String key, byte[]... values) {
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(producerProperties(), Topics.keySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (byte[] value : values) producer.send(new ProducerRecord<>(Topics.REPORT_VALIDATED.name(), key, value));
            producer.commitTransaction();
        }
    }

    /** An event as the wire carries it: Avro behind the schema registry's id. */
    protected static byte[] wireBytes(ReportValidated event) {
        try (var serializer = Topics.REPORT_VALIDATED.valueSerializer(
                SerdeConfig.client(ApicurioRegistry.shared().ccompatUrl()))) {
            return serializer.serialize(Topics.REPORT_VALIDATED.name(), event);
        }
    }

    /** Transactional like validate-service, so read_committed consumption is exercised as in production. */
    private Properties producerProperties() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "notify-it-" + System.nanoTime());
        return props;
    }

    /** Blocks until the validation of this submission is stored, i.e. everything before it on its partition is done. */
    protected void awaitStored(String submissionId) {
        eventually().until(() -> jdbc.sql("select count(*) from validation where submission_id = :s")
                .param("s", submissionId).query(Integer.class).single() > 0);
    }

    /** The mail received so far whose subject names this agency. */
    protected static List<MimeMessage> mailAbout(String agencyName) {
        return List.of(SMTP.getReceivedMessages()).stream().filter(m -> subject(m).contains(agencyName)).toList();
    }

    protected static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header's value, unfolded; null when the message has none. */
    protected static String header(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, ", ");
            return value == null ? null : MimeUtility.unfold(value);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static List<String> recipients(MimeMessage message) {
        try {
            return List.of(message.getAllRecipients()).stream().map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
