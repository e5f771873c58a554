package nianbao.validate.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.CellSemantic;
import nianbao.events.ContainerType;
import nianbao.events.FormatVersion;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;
import nianbao.events.ReportValidated;
import nianbao.events.Severity;
import nianbao.events.SourceSpan;
import nianbao.events.StatTable;
import nianbao.events.TableCell;
import nianbao.events.TableLayout;
import nianbao.events.ValidationTrigger;
import nianbao.events.Verdict;
import nianbao.infra.registry.ApicurioRegistry;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.T4Column;
import nianbao.schemas.Topics;
import nianbao.schemas.serde.AvroWireDeserializer;
import nianbao.schemas.serde.AvroWireSerializer;
import nianbao.schemas.serde.SerdeConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import nianbao.validate.ValidateServiceApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The validate-service shell on a real KRaft broker and a real schema registry: a parsed report becomes one
 * report-validated event; a late year − 1 re-validates year Y; a poison record goes to report-parsed-dlt with the
 * reason and the partition goes on.
 */
@SpringBootTest
@EmbeddedKafka(partitions = 1, brokerProperties = {"transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1", "message.max.bytes=26214400"})
class ReportCheckerIT {

    private static final String REGISTRY = ApicurioRegistry.shared().ccompatUrl();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        registry.add("nianbao.schema-registry-url", () -> REGISTRY);
    }

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void validatesEachReportAndRevalidatesTheLaterYearWhenTheEarlierOneArrives() {
        try (Producer<String, ReportParsed> producer = producer(new AvroWireSerializer<>());
             Consumer<String, ReportValidated> consumer = validatedConsumer()) {
            String agency = "agency-" + UUID.randomUUID();
            producer.send(new ProducerRecord<>(Topics.REPORT_PARSED.name(), agency, parsed(agency, 2023, 0, 0)));
            producer.send(new ProducerRecord<>(Topics.REPORT_PARSED.name(), agency, parsed(agency, 2022, 5, 0)));
            producer.flush();

            List<ReportValidated> events = readFor(consumer, agency, 3);

            assertThat(events).extracting(e -> e.getReportYear() + " " + e.getTrigger())
                    .containsExactly("2023 SUBMISSION", "2022 SUBMISSION", "2023 PRIOR_YEAR_ARRIVED");
            assertThat(events.get(0).getKeyFigures()).containsEntry("T3[R1][TOT]", "0").containsEntry("T4[RV.TOTAL]", "0");
            assertThat(events.get(1).getKeyFigures()).containsEntry("T3[R1][TOT]", "5").containsEntry("T3[R3.7][TOT]", "5");
            assertThat(events.get(0).getRuleSetVersion()).isEqualTo("2026.1");
        }
    }

    @Test
    void anUnreadableDocumentIsIncompleteWithTheReason() {
        try (Producer<String, ReportParsed> producer = producer(new AvroWireSerializer<>());
             Consumer<String, ReportValidated> consumer = validatedConsumer()) {
            String agency = "agency-" + UUID.randomUUID();
            ReportParsed failed = ReportParsed.newBuilder(parsed(agency, 2022, 0, 0)).setOutcome(ParseOutcome.FAILED)
                    .setFailureReason("encrypted PDF").setCells(List.of()).build();
            producer.send(new ProducerRecord<>(Topics.REPORT_PARSED.name(), agency, failed));
            producer.flush();

            ReportValidated event = readFor(consumer, agency, 1).get(0);

            assertThat(event.getVerdict()).isEqualTo(Verdict.INCOMPLETE);
            assertThat(event.getFindings()).singleElement().satisfies(f -> {
                assertThat(f.getRuleId()).isEqualTo("P-UNREADABLE");
                assertThat(f.getMessageZh()).contains("encrypted PDF");
            });
        }
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithTheReasonAndThePartitionGoesOn() {
        try (Producer<String, byte[]> raw = producer(new ByteArraySerializer());
             Producer<String, ReportParsed> producer = producer(new AvroWireSerializer<>());
             Consumer<String, ReportValidated> consumer = validatedConsumer();
             Consumer<String, byte[]> dlt = new KafkaConsumer<>(consumerProps("dlt-reader"), new StringDeserializer(),
                     new ByteArrayDeserializer())) {
            String agency = "agency-" + UUID.randomUUID();
            byte[] junk = "not avro".getBytes(StandardCharsets.UTF_8);
            raw.send(new ProducerRecord<>(Topics.REPORT_PARSED.name(), agency, junk));
            raw.flush();
            producer.send(new ProducerRecord<>(Topics.REPORT_PARSED.name(), agency, parsed(agency, 2022, 1, 0)));
            producer.flush();

            dlt.subscribe(List.of(Topics.REPORT_PARSED.deadLetter()));
            ConsumerRecord<String, byte[]> dead = KafkaTestUtils.getSingleRecord(dlt, Topics.REPORT_PARSED.deadLetter(),
                    Duration.ofSeconds(60));
            assertThat(dead.key()).isEqualTo(agency);
            assertThat(dead.value()).isEqualTo(junk);
            Header reason = dead.headers().lastHeader("kafka_dlt-exception-stacktrace");
            assertThat(new String(reason.value(), StandardCharsets.UTF_8))
                    .contains("unknown magic byte 110 (expected 0, the Confluent wire format)");
            assertThat(readFor(consumer, agency, 1)).extracting(ReportValidated::getReportYear).containsExactly(2022);
        }
    }

    @Test
    void aReplayWithAChangedSeverityPublishesNewEventsStampedWithTheNewRuleSetVersion() {
        try (Producer<String, ReportParsed> producer = producer(new AvroWireSerializer<>());
             Consumer<String, ReportValidated> consumer = validatedConsumer()) {
            String agency = "agency-" + UUID.randomUUID();
            producer.send(new ProducerRecord<>(Topics.REPORT_PARSED.name(), agency, parsed(agency, 2022, 2, 0)));
            producer.flush();
            ReportValidated first = readFor(consumer, agency, 1).get(0);

            try (ConfigurableApplicationContext replay = new SpringApplicationBuilder(ValidateServiceApplication.class)
                    .web(WebApplicationType.NONE)
                    .run("--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                            "--nianbao.schema-registry-url=" + REGISTRY,
                            "--spring.kafka.listener.auto-startup=false",
                            "--nianbao.replay.from=beginning",
                            "--nianbao.rules.overrides.[410202].T3-BALANCE.severity=WARNING")) {
                ReportValidated replayed = readFor(consumer, agency, 1).get(0);
                assertThat(replayed.getTrigger()).isEqualTo(ValidationTrigger.REPLAY);
                assertThat(replayed.getSubmissionId()).isEqualTo(first.getSubmissionId());
                assertThat(first.getRuleSetVersion()).isEqualTo("2026.1");
                assertThat(replayed.getRuleSetVersion()).startsWith("2026.1+").hasSize("2026.1+".length() + 8);
                assertThat(severityOf(first, "T3-BALANCE")).isEqualTo(Severity.ERROR);
                assertThat(severityOf(replayed, "T3-BALANCE")).isEqualTo(Severity.WARNING);
                // unchanged numbers, unchanged fingerprints: nothing new to alert
                assertThat(replayed.getFindings()).extracting(nianbao.events.Finding::getFingerprint)
                        .containsExactlyElementsOf(first.getFindings().stream().map(nianbao.events.Finding::getFingerprint).toList());
            }
        }
    }

    private static Severity severityOf(ReportValidated event, String ruleId) {
        return event.getFindings().stream().filter(f -> f.getRuleId().equals(ruleId)).map(nianbao.events.Finding::getSeverity)
                .distinct().reduce((a, b) -> { throw new AssertionError(ruleId + " has mixed severities"); })
                .orElseThrow(() -> new AssertionError("no " + ruleId + " finding"));
    }

    /** A V2021 report whose table 三 has {@code applications} new applications, all disclosed, none carried over. */
    private static ReportParsed parsed(String agency, int year, int applications, int carriedIn) {
        List<TableCell> cells = new ArrayList<>();
        for (T3Row row : T3Row.rowsOf(nianbao.report.FormatVersion.V2021)) {
            for (T3Column column : T3Column.values()) {
                int value = switch (row) {
                    case R1, R3_1, R3_7 -> column == T3Column.NAT || column == T3Column.TOT ? applications : 0;
                    case R2 -> column == T3Column.NAT || column == T3Column.TOT ? carriedIn : 0;
                    default -> 0;
                };
                cells.add(cell(StatTable.T3, row.id(), column.name(), value));
            }
        }
        for (T4Column column : T4Column.values()) {
            cells.add(cell(StatTable.T4, "CASES", column.id(), 0));
        }
        return ReportParsed.newBuilder()
                .setSubmissionId(UUID.randomUUID().toString())
                .setAgency(new Agency(agency, "测试街道办事处", "410202", AgencyLevel.TOWNSHIP, null))
                .setReportYear(year)
                .setParserVersion("test")
                .setOutcome(ParseOutcome.PARSED)
                .setFormatVersion(FormatVersion.V2021)
                .setContainer(ContainerType.TEXT)
                .setLayout(TableLayout.TAB)
                .setSections(List.of())
                .setCells(cells)
                .setNarrativeFacts(List.of())
                .setDiagnostics(List.of())
                .setText("")
                .setSubmittedAt(Instant.parse(year + 1 + "-01-20T00:00:00Z"))
                .setParsedAt(Instant.parse(year + 1 + "-01-20T00:00:01Z"))
                .build();
    }

    private static TableCell cell(StatTable table, String row, String column, int value) {
        return new TableCell(table, row, column, Integer.toString(value), Integer.toString(value), CellSemantic.NUMBER,
                new SourceSpan(1, 1, 1, 2), 1.0);
    }

    private <V> Producer<String, V> producer(org.apache.kafka.common.serialization.Serializer<V> values) {
        values.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, REGISTRY), false);
        return new KafkaProducer<>(Map.of("bootstrap.servers", broker.getBrokersAsString()), new StringSerializer(), values);
    }

    private Consumer<String, ReportValidated> validatedConsumer() {
        AvroWireDeserializer<ReportValidated> values = new AvroWireDeserializer<>();
        values.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, REGISTRY,
                SerdeConfig.AVRO_VALUE_TYPE, ReportValidated.class.getName()), false);
        Consumer<String, ReportValidated> consumer = new KafkaConsumer<>(consumerProps("it-" + UUID.randomUUID()),
                new StringDeserializer(), values);
        consumer.subscribe(List.of(Topics.REPORT_VALIDATED.name()));
        return consumer;
    }

    private Map<String, Object> consumerProps(String group) {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    /** The first {@code count} report-validated events of {@code agency}, in topic order (bounded wait). */
    private static List<ReportValidated> readFor(Consumer<String, ReportValidated> consumer, String agency, int count) {
        List<ReportValidated> found = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (found.size() < count && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, ReportValidated> record : consumer.poll(Duration.ofMillis(500))) {
                if (agency.equals(record.key())) found.add(record.value());
            }
        }
        assertThat(found).as("report-validated events of %s", agency).hasSizeGreaterThanOrEqualTo(count);
        return found.subList(0, count);
    }
}
