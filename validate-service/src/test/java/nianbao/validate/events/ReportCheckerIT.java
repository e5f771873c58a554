package nianbao.validate.events;

import static org.assertj.core.api.Assertions.assertThat;
import static nianbao.validate.events.ParsedEvents.parsed;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.events.CellSemantic;
import nianbao.events.EventPosition;
import nianbao.events.Finding;
import nianbao.events.ParseOutcome;
import nianbao.events.PassedChecks;
import nianbao.events.NarrativeFactRecord;
import nianbao.events.ReportParsed;
import nianbao.events.ReportSection;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.events.SourceSpan;
import nianbao.events.StatTable;
import nianbao.events.TableCell;
import nianbao.events.ValidationTrigger;
import nianbao.events.Verdict;
import nianbao.report.ReportRecognition;
import nianbao.schemas.Topics;
import nianbao.schemas.testing.PollBatches;
import nianbao.schemas.testing.PrometheusScrape;
import nianbao.schemas.testing.ReportTopicsIT;
import nianbao.schemas.testing.TraceContext;
import nianbao.validate.ValidateServiceApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The validate-service shell on a real KRaft broker and a real schema registry: a parsed report becomes one
 * report-validated event; a late year − 1 re-validates year Y; an unreadable document, or one that is no report, is
 * INCOMPLETE; a poison record
 * goes to report-parsed-dlt with the reason and the partition goes on; a replay with a changed severity publishes new
 * events under a new rule-set version with unchanged fingerprints; a partition that moves to a second instance in the
 * group takes its history with it. In a poll batch, an unreadable record and one whose validation keeps throwing are
 * dead-lettered alone and every other report is validated exactly once.
 */
// retries of a record that keeps failing: 0.5 s, 1 s, then its dead letter
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nianbao.kafka.retry.max-elapsed-ms=1000")
@Import(PollBatches.class)
class ReportCheckerIT extends ReportTopicsIT {

    /** How long to wait for events that must not come. */
    private static final Duration QUIET = Duration.ofSeconds(5);

    @Autowired
    private ConfigurableApplicationContext context;
    @Autowired
    private PollBatches polls;
    @LocalServerPort
    private int port;

    @Test
    void validatesEachReportAndRevalidatesTheLaterYearWhenTheEarlierOneArrives() {
        RecordMetadata y2023 = topics.send(Topics.REPORT_PARSED, agency, parsed(agency, 2023, 0));
        RecordMetadata y2022 = topics.send(Topics.REPORT_PARSED, agency, parsed(agency, 2022, 5));

        List<ReportValidated> events = topics.next(Topics.REPORT_VALIDATED, agency, 3, WAIT);

        assertThat(events).extracting(e -> e.getReportYear() + " " + e.getTrigger())
                .containsExactly("2023 SUBMISSION", "2022 SUBMISSION", "2023 PRIOR_YEAR_ARRIVED");
        // each event says which report-parsed record it validated (slim consumers read it back from there)
        assertThat(events).extracting(e -> e.getParse().getSource())
                .containsExactly(position(y2023), position(y2022), position(y2023));
        assertThat(events.get(0).getParse().getOutcome()).isEqualTo(ParseOutcome.PARSED);
        assertThat(events.get(0).getKeyFigures()).containsEntry("T3[R1][TOT]", "0").containsEntry("T4[RV.TOTAL]", "0");
        assertThat(events.get(1).getKeyFigures()).containsEntry("T3[R1][TOT]", "5").containsEntry("T3[R3.7][TOT]", "5");
        assertThat(events.get(0).getRuleSetVersion()).isEqualTo("2026.1");
    }

    @Test
    void anOlderSubmissionArrivingLateChangesNothingForTheNextYear() {
        topics.send(Topics.REPORT_PARSED, agency, parsed(agency, 2023, 0));
        topics.send(Topics.REPORT_PARSED, agency, parsed(agency, 2022, 5));
        topics.next(Topics.REPORT_VALIDATED, agency, 3, WAIT);

        // submitted before the 2022 report already held: it is checked, but 2022 stays what 2023 was checked against
        topics.send(Topics.REPORT_PARSED, agency, ReportParsed.newBuilder(parsed(agency, 2022, 4))
                .setSubmittedAt(Instant.parse("2023-01-10T00:00:00Z")).build());
        topics.send(Topics.REPORT_PARSED, agency, parsed(agency, 2030, 0));

        assertThat(topics.next(Topics.REPORT_VALIDATED, agency, 2, WAIT))
                .extracting(e -> e.getReportYear() + " " + e.getTrigger())
                .containsExactly("2022 SUBMISSION", "2030 SUBMISSION");
    }

    @Test
    void anUnreadableDocumentIsIncompleteWithTheReason() {
        topics.send(Topics.REPORT_PARSED, agency, ReportParsed.newBuilder(parsed(agency, 2022, 0))
                .setOutcome(ParseOutcome.FAILED).setFailureReason("encrypted PDF").setCells(List.of()).build());

        ReportValidated event = topics.next(Topics.REPORT_VALIDATED, agency, 1, WAIT).get(0);

        assertThat(event.getVerdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(event.getFindings()).singleElement().satisfies(f -> {
            assertThat(f.getRuleId()).isEqualTo("P-UNREADABLE");
            assertThat(f.getMessageZh()).contains("encrypted PDF");
        });
    }

    /** The trace of the parsed report goes on in its report-validated event's headers; the validation is counted. */
    @Test
    void aReportsTraceGoesOnInItsReportValidatedEventAndItsValidationIsCounted() {
        String validations = "nianbao_validations_total{application=\"validate-service\",trigger=\"SUBMISSION\","
                + "verdict=\"INCOMPLETE\"}";
        String findings = "nianbao_findings_total{application=\"validate-service\",outcome=\"NOT_ASSESSABLE\","
                + "rule=\"P-UNREADABLE\"}";
        PrometheusScrape before = PrometheusScrape.of(port);
        String traceId = TraceContext.newTraceId();

        topics.send(Topics.REPORT_PARSED, agency, ReportParsed.newBuilder(parsed(agency, 2022, 0))
                        .setOutcome(ParseOutcome.FAILED).setFailureReason("encrypted PDF").setCells(List.of()).build(),
                Map.of(TraceContext.HEADER, TraceContext.traceparent(traceId)));
        ConsumerRecord<String, ReportValidated> validated =
                topics.nextRecords(Topics.REPORT_VALIDATED, agency, 1, WAIT).get(0);

        assertThat(TraceContext.traceId(validated.headers())).isEqualTo(traceId);
        PrometheusScrape after = PrometheusScrape.of(port);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.increaseSince(before, validations)).isEqualTo(1.0);
        assertThat(after.increaseSince(before, findings)).isEqualTo(1.0);
    }

    @Test
    void aDocumentThatIsNoReportIsIncompleteWithOneInformativeFinding() {
        topics.send(Topics.REPORT_PARSED, agency, ReportParsed.newBuilder(parsed(agency, 2022, 0))
                .setOutcome(ParseOutcome.NOT_A_REPORT).setFailureReason(ReportRecognition.NOT_A_REPORT_ZH).setCells(List.of()).build());

        ReportValidated event = topics.next(Topics.REPORT_VALIDATED, agency, 1, WAIT).get(0);

        assertThat(event.getVerdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(event.getFindings()).singleElement().satisfies(f -> {
            assertThat(f.getRuleId()).isEqualTo("P-NOT-A-REPORT");
            assertThat(f.getOutcome()).isEqualTo(RuleOutcome.NOT_ASSESSABLE);
            assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
            assertThat(f.getMessageZh()).startsWith(ReportRecognition.NOT_A_REPORT_ZH);
        });
    }

    /** issue 13, tolerant reading: a fact kind or section of a newer parser is left out, the report validated. */
    @Test
    void anEventWithValuesOfANewerParserIsValidatedNotDeadLettered() {
        SourceSpan at = new SourceSpan(1, 1, 1, 2);
        topics.send(Topics.REPORT_PARSED, agency, ReportParsed.newBuilder(parsed(agency, 2022, 2))
                .setSections(List.of(new ReportSection("APPENDIX", "七、附件", true, at)))
                .setNarrativeFacts(List.of(new NarrativeFactRecord("APPLICATIONS_BY_HOUR", "1", List.of(), null, "每小时1件", at, true),
                        new NarrativeFactRecord("APPLICATIONS_RECEIVED", "2", List.of(), null, "共收到申请2件", at, true)))
                .build());

        ReportValidated event = topics.next(Topics.REPORT_VALIDATED, agency, 1, WAIT).get(0);

        assertThat(event.getReportYear()).isEqualTo(2022);
        assertThat(event.getFindings()).noneMatch(f -> f.getRuleId().equals("N-APPLY-TOTAL"));
        assertThat(event.getPassedChecks()).filteredOn(p -> p.getRuleId().equals("N-APPLY-TOTAL"))
                .extracting(PassedChecks::getCount).containsExactly(1);
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithTheReasonAndThePartitionGoesOn() {
        byte[] junk = "not avro".getBytes(StandardCharsets.UTF_8);
        topics.sendRaw(Topics.REPORT_PARSED.name(), agency, junk);
        topics.send(Topics.REPORT_PARSED, agency, parsed(agency, 2022, 1));

        ConsumerRecord<String, byte[]> dead = topics.nextDeadLetters(Topics.REPORT_PARSED, agency, 1, WAIT).get(0);
        assertThat(dead.value()).isEqualTo(junk);
        assertThat(new String(dead.headers().lastHeader("kafka_dlt-exception-stacktrace").value(), StandardCharsets.UTF_8))
                .contains("unknown magic byte 110 (expected 0, the Confluent wire format)");
        assertThat(topics.next(Topics.REPORT_VALIDATED, agency, 1, WAIT))
                .extracting(ReportValidated::getReportYear).containsExactly(2022);
    }

    @Test
    void poisonRecordsInTheMiddleOfABatchAreDeadLetteredAloneAndEveryOtherReportIsValidatedOnce() {
        byte[] junk = "not avro".getBytes(StandardCharsets.UTF_8);
        // an event whose validation throws (a cell value that is no number), for a year no other report is checked
        // against; the batch's last report resubmits that year, so the failing one is no agency's current report
        // and a later replay, which re-validates every current report, never meets it
        ReportParsed unreadableCell = ReportParsed.newBuilder(parsed(agency, 1990, 1)).setCells(List.of(new TableCell(
                StatTable.T3, "R1", "TOT", "x", "x", CellSemantic.NUMBER, new SourceSpan(1, 1, 1, 2), 1.0))).build();
        ReportParsed resubmitted = ReportParsed.newBuilder(parsed(agency, 1990, 1))
                .setSubmittedAt(Instant.parse("1991-02-01T00:00:00Z")).build();
        List<Object> batch = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            if (i == 7) {
                batch.add(junk);
            } else if (i == 14) {
                batch.add(unreadableCell);
            } else {
                // one year after the other: each is checked against the one before and re-validates nothing
                int year = 2000 + expected.size();
                expected.add(year + " SUBMISSION");
                batch.add(parsed(agency, year, i));
            }
        }
        batch.add(resubmitted);
        expected.add("1990 SUBMISSION");

        topics.sendInOneTransaction(Topics.REPORT_PARSED, agency, batch);

        assertThat(topics.next(Topics.REPORT_VALIDATED, agency, 19, WAIT))
                .extracting(e -> e.getReportYear() + " " + e.getTrigger())
                .containsExactlyElementsOf(expected);
        List<ConsumerRecord<String, byte[]>> dead = topics.nextDeadLetters(Topics.REPORT_PARSED, agency, 2, WAIT);
        assertThat(dead.get(0).value()).isEqualTo(junk);
        assertThat(new String(dead.get(1).headers().lastHeader("kafka_dlt-exception-stacktrace").value(),
                StandardCharsets.UTF_8)).contains("NumberFormatException");
        assertThat(topics.drain(Topics.REPORT_VALIDATED, agency, QUIET)).isEmpty();
        assertThat(topics.drainDeadLetters(Topics.REPORT_PARSED, agency, QUIET)).isEmpty();
        // the first poll held all 21; the failing event's two retries and its dead letter came with the whole batch
        // again, and the reports before it were validated in each rolled-back attempt, yet each is seen once above
        assertThat(polls.sizesFor(agency)).containsExactly(21L, 21L, 21L, 21L);
    }

    @Test
    void aReplayWithAChangedSeverityPublishesNewEventsStampedWithTheNewRuleSetVersion() {
        topics.send(Topics.REPORT_PARSED, agency, parsed(agency, 2022, 2, 1));
        ReportValidated first = topics.next(Topics.REPORT_VALIDATED, agency, 1, WAIT).get(0);

        try (ConfigurableApplicationContext replay = new SpringApplicationBuilder(ValidateServiceApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        "--nianbao.schema-registry-url=" + REGISTRY,
                        "--spring.kafka.listener.auto-startup=false",
                        "--nianbao.replay.from=beginning",
                        // a transaction per report: the other tests' reports make several chunks
                        "--nianbao.replay.chunk-size=1",
                        "--nianbao.rules.overrides.[410202].T3-BALANCE.severity=WARNING")) {
            ReportValidated replayed = topics.next(Topics.REPORT_VALIDATED, agency, 1, WAIT).get(0);

            assertThat(replayed.getTrigger()).isEqualTo(ValidationTrigger.REPLAY);
            assertThat(replayed.getSubmissionId()).isEqualTo(first.getSubmissionId());
            assertThat(first.getRuleSetVersion()).isEqualTo("2026.1");
            assertThat(replayed.getRuleSetVersion()).startsWith("2026.1+").hasSize("2026.1+".length() + 8);
            assertThat(severityOf(first, "T3-BALANCE")).isEqualTo(Severity.ERROR);
            assertThat(severityOf(replayed, "T3-BALANCE")).isEqualTo(Severity.WARNING);
            // unchanged numbers, unchanged fingerprints: nothing new to alert
            assertThat(replayed.getFindings()).extracting(Finding::getFingerprint)
                    .containsExactlyElementsOf(first.getFindings().stream().map(Finding::getFingerprint).toList());
        }
    }

    @Test
    void thePartitionMovesToASecondInstanceWithItsHistory() {
        topics.send(Topics.REPORT_PARSED, agency, parsed(agency, 2022, 3));
        topics.next(Topics.REPORT_VALIDATED, agency, 1, WAIT);
        MessageListenerContainer first = context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("validate-service");

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ValidateServiceApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        "--nianbao.schema-registry-url=" + REGISTRY)) {
            // report-parsed has one partition here: the sticky assignment leaves it with the first instance
            await().atMost(WAIT).until(() -> ownerOfTheOnlyPartition(List.of(context, second)) == context);
            assertThat(second.getBean(LatestReports.class).size()).isZero();

            first.stop();
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(assigned(second)).hasSize(1);
                assertThat(second.getBean(LatestReports.class).of(agency, 2022)).isPresent();
                assertThat(context.getBean(LatestReports.class).size()).isZero();
            });

            // the second instance reads year 2022 back from the topic: a late 2021 re-validates it
            topics.send(Topics.REPORT_PARSED, agency, parsed(agency, 2021, 0));
            assertThat(topics.next(Topics.REPORT_VALIDATED, agency, 2, WAIT))
                    .extracting(e -> e.getReportYear() + " " + e.getTrigger())
                    .containsExactly("2021 SUBMISSION", "2022 PRIOR_YEAR_ARRIVED");
        } finally {
            first.start();
        }
        // the second instance has left: the first one consumes the partition again, with its whole history
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(assigned(context)).hasSize(1);
            assertThat(context.getBean(LatestReports.class).of(agency, 2021)).isPresent();
            assertThat(context.getBean(LatestReports.class).of(agency, 2022)).isPresent();
        });
    }

    /**
     * A partition validated before the changelog existed (or whose changelog is gone) is indexed once from
     * report-parsed, up to the group's committed offset, and written to the changelog.
     */
    @Test
    void aPartitionWithoutChangelogIsIndexedFromReportParsedAndItsChangelogWritten() throws Exception {
        topics.send(Topics.REPORT_PARSED, agency, parsed(agency, 2022, 3));
        topics.send(Topics.REPORT_PARSED, agency, parsed(agency, 2023, 1));
        topics.next(Topics.REPORT_VALIDATED, agency, 2, WAIT);
        MessageListenerContainer listener = context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("validate-service");
        LatestReports latest = context.getBean(LatestReports.class);

        listener.stop();
        await().atMost(WAIT).until(() -> latest.size() == 0);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
            List<TopicPartition> changelog = admin.describeTopics(List.of(Topics.REPORT_HISTORY.name())).allTopicNames().get()
                    .get(Topics.REPORT_HISTORY.name()).partitions().stream()
                    .map(p -> new TopicPartition(Topics.REPORT_HISTORY.name(), p.partition())).toList();
            Map<TopicPartition, OffsetSpec> latestOffsets = new HashMap<>();
            changelog.forEach(p -> latestOffsets.put(p, OffsetSpec.latest()));
            Map<TopicPartition, RecordsToDelete> everything = new HashMap<>();
            admin.listOffsets(latestOffsets).all().get()
                    .forEach((p, end) -> everything.put(p, RecordsToDelete.beforeOffset(end.offset())));
            // records of a compacted topic cannot be deleted: make it a plain topic for the moment
            ConfigResource history = new ConfigResource(ConfigResource.Type.TOPIC, Topics.REPORT_HISTORY.name());
            admin.incrementalAlterConfigs(Map.of(history, List.of(cleanupPolicy(TopicConfig.CLEANUP_POLICY_DELETE)))).all().get();
            admin.deleteRecords(everything).all().get();
            admin.incrementalAlterConfigs(Map.of(history, List.of(cleanupPolicy(TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
        }
        listener.start();

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(latest.of(agency, 2022)).isPresent();
            assertThat(latest.of(agency, 2023)).isPresent();
        });
        // the index is the one validation used: a late 2021 re-validates 2022, whose event is read back by position
        topics.send(Topics.REPORT_PARSED, agency, parsed(agency, 2021, 0));
        assertThat(topics.next(Topics.REPORT_VALIDATED, agency, 2, WAIT))
                .extracting(e -> e.getReportYear() + " " + e.getTrigger())
                .containsExactly("2021 SUBMISSION", "2022 PRIOR_YEAR_ARRIVED");
        // and the changelog holds the agency's three years again: a fresh index restored from it alone finds them
        LatestReports restored = new LatestReports();
        context.getBean(HistoryChangelog.class).restore(List.of(0), restored);
        assertThat(List.of(2021, 2022, 2023)).allSatisfy(year -> assertThat(restored.of(agency, year))
                .as("year %d", year).isEqualTo(latest.of(agency, year)));
    }

    private static AlterConfigOp cleanupPolicy(String policy) {
        return new AlterConfigOp(new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, policy), AlterConfigOp.OpType.SET);
    }

    private static ConfigurableApplicationContext ownerOfTheOnlyPartition(List<ConfigurableApplicationContext> instances) {
        List<ConfigurableApplicationContext> owners = instances.stream().filter(i -> !assigned(i).isEmpty()).toList();
        return owners.size() == 1 ? owners.get(0) : null;
    }

    private static Collection<TopicPartition> assigned(ConfigurableApplicationContext instance) {
        Collection<TopicPartition> partitions = instance.getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer("validate-service").getAssignedPartitions();
        return partitions == null ? List.of() : partitions;
    }

    private static Severity severityOf(ReportValidated event, String ruleId) {
        List<Severity> severities = event.getFindings().stream().filter(f -> f.getRuleId().equals(ruleId))
                .map(Finding::getSeverity).distinct().toList();
        assertThat(severities).as(ruleId + " severities").hasSize(1);
        return severities.get(0);
    }

    private static EventPosition position(RecordMetadata written) {
        return new EventPosition(written.topic(), written.partition(), written.offset());
    }
}
