package nianbao.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.Finding;
import nianbao.events.PassedChecks;
import nianbao.events.ReportSubmitted;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.events.SubmissionChannel;
import nianbao.events.SubmittedDocument;
import nianbao.events.Verdict;
import nianbao.report.Sha256;
import nianbao.report.testing.SampleReports;
import nianbao.schemas.Topic;
import nianbao.schemas.Topics;
import nianbao.schemas.testing.PrometheusScrape;
import nianbao.schemas.testing.TraceContext;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as deployed, on real parts: the embedded KRaft broker, Apicurio Registry (child process) and
 * PostgreSQL. Posts sample reports over HTTP and reads the events back from the topic through the registry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "nianbao.intake.max-document-size=1MB"})
@EmbeddedKafka(partitions = 6, topics = "report-validated")
class SubmissionFlowTest extends OnRealParts {

    private static final byte[] LONGTING = SampleReports.bytes("longting-gov-office-2022.txt");
    private static final byte[] KUNWU = SampleReports.bytes("kunwu-office-2020.txt");
    private static final String LONGTING_SHA256 = "1c490e3847560a5adf4b5af226d5148c9f013e026f37f5d33eb9cd459390ef18";
    private static final String KUNWU_SHA256 = "02876c347cd5b9e2cabf7611b8147ff666fa3cf3e7da10dfa4853445f4256eb5";
    private static final Duration PATIENCE = SubmittedTopic.PATIENCE;

    @Test
    void anUploadedSampleIsPublishedOnceAndItsResubmissionReturnsTheFirst() {
        Http.Answer first = Http.upload(url("/api/reports"), "longting-gov-office-key", "龙亭区2022年报.txt", LONGTING,
                "agencyId", "longting-gov-office", "reportYear", "2022", "publishedOn", "2023-01-18",
                "publicationUrl", "http://www.longting.gov.cn/2023/nb2022.html");

        assertThat(first.status()).isEqualTo(202);
        String id = first.body().get("submissionId").asString();
        assertThat(first.body().get("duplicate").asBoolean()).isFalse();
        assertThat(first.header("Location")).isEqualTo(url("/api/reports/" + id)).isEqualTo(first.body().get("statusUrl").asString());

        Http.Answer again = Http.upload(url("/api/reports"), "longting-gov-office-key", "renamed.txt", LONGTING,
                "agencyId", "longting-gov-office", "reportYear", "2022");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("submissionId").asString()).isEqualTo(id);
        assertThat(again.body().get("duplicate").asBoolean()).isTrue();

        List<ConsumerRecord<String, ReportSubmitted>> events = eventsOfAgency("longting-gov-office");
        assertThat(events).hasSize(1);
        ConsumerRecord<String, ReportSubmitted> record = events.get(0);
        assertThat(record.key()).isEqualTo("longting-gov-office");
        Instant submittedAt = jdbc.sql("select submitted_at from submission where id = ?").param(UUID.fromString(id))
                .query(OffsetDateTime.class).single().toInstant();
        assertThat(record.value()).isEqualTo(ReportSubmitted.newBuilder()
                .setSubmissionId(id)
                .setAgency(new Agency("longting-gov-office", "龙亭区人民政府办公室", "410202",
                        AgencyLevel.COUNTY_DEPARTMENT, "开封市龙亭区人民政府"))
                .setReportYear(2022)
                .setDocument(new SubmittedDocument("龙亭区2022年报.txt", "text/plain; charset=UTF-8", LONGTING_SHA256,
                        7415L, ByteBuffer.wrap(LONGTING)))
                .setPublishedOn(LocalDate.of(2023, 1, 18))
                .setPublicationUrl("http://www.longting.gov.cn/2023/nb2022.html")
                .setSubmittedAt(submittedAt)
                .setSubmittedBy("longting-gov-office")
                .setChannel(SubmissionChannel.API)
                .build());
        assertThat(jdbc.sql("select count(*) from submission where agency_id = 'longting-gov-office'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRefusalIsCountedByItsReasonOnThePrometheusEndpoint() {
        String refused = "nianbao_submissions_refused_total{application=\"ingest-service\",channel=\"api\","
                + "reason=\"invalid-report-year\"}";
        PrometheusScrape before = PrometheusScrape.of(port);

        // a refusal by the intake itself (a missing or wrong key is refused earlier, before the body is read)
        assertThat(Http.postJson(url("/api/reports"), "kunwu-office-key",
                "{\"agencyId\":\"kunwu-office\",\"reportYear\":\"二〇二〇\",\"text\":\"-\"}").status()).isEqualTo(400);

        PrometheusScrape after = PrometheusScrape.of(port);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.increaseSince(before, refused)).isEqualTo(1.0);
        // the Kafka clients' own meters: the producer's, and the status listener's consumer lag
        assertThat(after.has("kafka_producer_record_send_total")).isTrue();
        assertThat(after.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
    }

    @Test
    void pastedTextThroughThePortalShowsTheCheckResultOnceValidated() {
        String text = new String(KUNWU, StandardCharsets.UTF_8);
        String accepted = "nianbao_submissions_accepted_total{application=\"ingest-service\",channel=\"portal\","
                + "duplicate=\"false\"}";
        double acceptedBefore = PrometheusScrape.of(port).value(accepted);
        String traceId = TraceContext.newTraceId();
        Http.Answer answer = Http.postJson(url("/portal/reports"), "kunwu-office-key",
                "{\"agencyId\":\"kunwu-office\",\"reportYear\":\"2020\",\"text\":" + quoted(text) + "}",
                TraceContext.HEADER, TraceContext.traceparent(traceId));
        assertThat(answer.status()).isEqualTo(202);
        String id = answer.body().get("submissionId").asString();
        assertThat(PrometheusScrape.of(port).value(accepted) - acceptedBefore).isEqualTo(1.0);

        ConsumerRecord<String, ReportSubmitted> record = eventsOfAgency("kunwu-office").get(0);
        // the caller's trace goes on in the event, for parse-, validate- and notify-service to log
        assertThat(TraceContext.traceId(record.headers())).isEqualTo(traceId);
        ReportSubmitted event = record.value();
        assertThat(event.getSubmissionId()).isEqualTo(id);
        assertThat(event.getChannel()).isEqualTo(SubmissionChannel.PORTAL);
        assertThat(event.getSubmittedBy()).isEqualTo("portal:kunwu-office");
        assertThat(event.getDocument().getFileName()).isEqualTo("kunwu-office-2020.txt");
        assertThat(event.getDocument().getSha256()).isEqualTo(KUNWU_SHA256);
        assertThat(event.getDocument().getSizeBytes()).isEqualTo(5514L);

        JsonNode before = Http.get(url("/api/reports/" + id)).body();
        assertThat(before.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(before.get("verdict").isNull()).isTrue();

        // the passed checks counted by rule, and one as a PASS finding, as events written before passedChecks carry them
        send(Topics.REPORT_VALIDATED, "kunwu-office", ReportValidated.newBuilder(
                        validated(id, event, Verdict.FAIL, "2026-11-23T12:00:05Z",
                                finding("T3-SUM-R3.7", RuleOutcome.FAIL, "办理结果总计 6 不等于各项之和 5", "（七）总计\t6"),
                                finding("T3-R1-PRESENT", RuleOutcome.PASS, "本年新收申请数已填报", null)))
                .setPassedChecks(List.of(new PassedChecks("T3-ROWSUM", 6, "第（一）行 T3[R1][TOT] 等于各项之和", "adds up")))
                .build());
        JsonNode after = awaitValidated(id);

        assertThat(after.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(after.get("ruleSetVersion").asString()).isEqualTo("rules-test-1");
        assertThat(after.get("formatVersion").asString()).isEqualTo("V2019");
        assertThat(after.get("keyFigures").get("T3[R1][TOT]").asString()).isEqualTo("5");
        assertThat(after.get("keyFigures").get("T4[RV.TOTAL]").isNull()).isTrue();
        assertThat(after.get("findings")).hasSize(1);
        JsonNode failed = after.get("findings").get(0);
        assertThat(failed.get("ruleId").asString()).isEqualTo("T3-SUM-R3.7");
        assertThat(failed.get("outcome").asString()).isEqualTo("FAIL");
        assertThat(failed.get("severity").asString()).isEqualTo("ERROR");
        assertThat(failed.get("messageZh").asString()).isEqualTo("办理结果总计 6 不等于各项之和 5");
        assertThat(failed.get("quote").asString()).isEqualTo("（七）总计\t6");
        assertThat(after.get("passedChecks").toString()).isEqualTo("""
                [{"ruleId":"T3-ROWSUM","count":6,"messageZh":"第（一）行 T3[R1][TOT] 等于各项之和",\
                "explanationZh":"第（一）行 表三“一、本年新收政府信息公开申请数量”行“总计”列 等于各项之和"},\
                {"ruleId":"T3-R1-PRESENT","count":1,"messageZh":"本年新收申请数已填报","explanationZh":"本年新收申请数已填报"}]""");
    }

    @Test
    void aSubmissionPublishedButNotRecordedBeforeARestartIsTheAnswerToItsRetry(@Autowired ApplicationContext context) {
        // killed between the Kafka commit and the insert: the event is published, the row is missing, the agency got
        // no answer and sends the same document again as soon as the service is back
        byte[] document = (new String(SampleReports.bytes("jinping-street-2022.txt"), StandardCharsets.UTF_8)
                + "\n（重新提交）\n").getBytes(StandardCharsets.UTF_8);
        String orphan = UUID.randomUUID().toString();
        send(Topics.REPORT_SUBMITTED, "jinping-street", ReportSubmitted.newBuilder()
                .setSubmissionId(orphan)
                .setAgency(new Agency("jinping-street", "锦屏街道办事处", "330326", AgencyLevel.TOWNSHIP, "锦屏街道"))
                .setReportYear(2022)
                .setDocument(new SubmittedDocument("jinping.txt", "text/plain; charset=UTF-8", Sha256.hex(document),
                        (long) document.length, ByteBuffer.wrap(document)))
                .setSubmittedAt(Instant.now())
                .setSubmittedBy("jinping-street")
                .setChannel(SubmissionChannel.API)
                .build());

        // what the service does on start, before its web server opens (the repair consumer waits out its grace)
        context.getBean("startupRepair", SmartLifecycle.class).start();

        Http.Answer retry = Http.upload(url("/api/reports"), "jinping-street-key", "jinping.txt", document,
                "agencyId", "jinping-street", "reportYear", "2022");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body().get("submissionId").asString()).isEqualTo(orphan);
        assertThat(retry.body().get("duplicate").asBoolean()).isTrue();
        assertThat(eventsOfAgency("jinping-street")).extracting(record -> record.value().getSubmissionId())
                .containsExactly(orphan);
    }

    @Test
    void anUploadOverTheLimitGetsThe413ProblemFromTheServletContainer() {
        Http.Answer answer = Http.upload(url("/api/reports"), "jinping-street-key", "big.txt",
                new byte[1024 * 1024 + 1], "agencyId", "jinping-street", "reportYear", "2022");

        assertThat(answer.status()).as(answer.response().body()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:nianbao:problem:document-too-large");
        assertThat(answer.body().get("detail").asString()).isEqualTo("file 过大（超过上限）：单个报告最大 1 MB。");
        assertThat(answer.body().get("field").asString()).isEqualTo("file");
    }

    @Test
    void anUnknownSubmissionIs404() {
        Http.Answer answer = Http.get(url("/api/reports/00000000-0000-4000-8000-000000000000"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:nianbao:problem:submission-not-found");
        assertThat(answer.body().get("detail").asString())
                .isEqualTo("没有编号为 00000000-0000-4000-8000-000000000000 的提交。");
    }

    @Test
    void anUnreadableReportValidatedGoesToTheDeadLetterTopicWithTheReason() {
        byte[] poison = "not an Avro record".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers), Topics.keySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.REPORT_VALIDATED.name(), "jinping-street", poison)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }

        ConsumerRecord<String, byte[]> dead = firstDeadLetterOf("jinping-street");
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(header(dead, "kafka_dlt-original-consumer-group")).isEqualTo("ingest-service-status");
        assertThat(header(dead, "kafka_dlt-exception-fqcn"))
                .isEqualTo("org.springframework.kafka.support.serializer.DeserializationException");
    }

    private ConsumerRecord<String, byte[]> firstDeadLetterOf(String agencyId) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-dlt-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                Topics.keyDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.REPORT_VALIDATED.deadLetter()));
            Instant giveUp = Instant.now().plus(PATIENCE);
            while (Instant.now().isBefore(giveUp)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (agencyId.equals(record.key())) return record;
                }
            }
        }
        return fail("no dead letter of " + agencyId + " within " + PATIENCE);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void aVerdictReplayedLaterDoesNotReplaceANewerOne() {
        byte[] chaoyang = SampleReports.bytes("chaoyang-business-env-bureau-2023.txt");
        String first = Http.upload(url("/api/reports"), "chaoyang-business-env-bureau-key", "a.txt", chaoyang,
                "agencyId", "chaoyang-business-env-bureau", "reportYear", "2023").body().get("submissionId").asString();
        String second = Http.upload(url("/api/reports"), "chaoyang-business-env-bureau-key", "b.txt", chaoyang,
                "agencyId", "chaoyang-business-env-bureau", "reportYear", "2022").body().get("submissionId").asString();
        ReportSubmitted submitted = eventsOfAgency("chaoyang-business-env-bureau").get(0).value();

        // same key, so one partition: the listener handles them in this order
        String key = "chaoyang-business-env-bureau";
        send(Topics.REPORT_VALIDATED, key, validated(first, submitted, Verdict.FAIL, "2026-11-23T12:00:05Z",
                finding("T3-BALANCE", RuleOutcome.FAIL, "勾稽关系不符", "（七）总计\t9")));
        send(Topics.REPORT_VALIDATED, key, validated(first, submitted, Verdict.PASS, "2026-11-23T12:00:01Z"));
        send(Topics.REPORT_VALIDATED, key, validated(second, submitted, Verdict.INCOMPLETE, "2026-11-23T12:00:02Z"));
        awaitValidated(second);

        JsonNode status = Http.get(url("/api/reports/" + first)).body();
        assertThat(status.get("verdict").asString()).isEqualTo("FAIL");
        assertThat(status.get("validatedAt").asString()).isEqualTo("2026-11-23T12:00:05Z");
        assertThat(status.get("findings")).hasSize(1);
        assertThat(status.get("findings").get(0).get("messageZh").asString()).isEqualTo("勾稽关系不符");
    }

    private static ReportValidated validated(String id, ReportSubmitted submitted, Verdict verdict, String validatedAt,
                                             Finding... findings) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("T3[R1][TOT]", "5");
        figures.put("T4[RV.TOTAL]", null);
        return Events.validated(id, submitted.getAgency(), submitted.getReportYear(), submitted.getSubmittedAt(),
                verdict, Instant.parse(validatedAt), figures, findings);
    }

    private static Finding finding(String ruleId, RuleOutcome outcome, String messageZh, String quote) {
        return Events.finding(ruleId, outcome, Severity.ERROR, messageZh, quote);
    }

    /** Follows the status URL as the portal page does, until the verdict has been recorded. */
    private JsonNode awaitValidated(String id) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            JsonNode status = Http.get(url("/api/reports/" + id)).body();
            if (status.get("status").asString().equals("VALIDATED")) return status;
            pause();
        }
        return fail("report-validated for " + id + " was not recorded within " + PATIENCE);
    }

    private List<ConsumerRecord<String, ReportSubmitted>> eventsOfAgency(String agencyId) {
        return SubmittedTopic.eventsOfAgency(brokers, agencyId);
    }

    private <V extends SpecificRecord> void send(Topic<V> topic, String key, V value) {
        Events.send(brokers, topic, key, value);
    }

    private static String quoted(String text) {
        return JsonMapper.builder().build().writeValueAsString(text);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
