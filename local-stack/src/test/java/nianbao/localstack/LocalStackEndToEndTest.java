package nianbao.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import nianbao.events.Finding;
import nianbao.events.FormatVersion;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;
import nianbao.events.ReportSubmitted;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.events.Verdict;
import nianbao.infra.files.Directories;
import nianbao.infra.mail.SmtpSink.ReceivedMail;
import nianbao.report.testing.SampleReports;
import nianbao.schemas.Topics;
import nianbao.schemas.testing.TraceContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole system as a developer runs it (real broker, registry, PostgreSQL, SMTP sink, the four service jars), on
 * free ports with a temp data directory: the five sample reports go in over HTTP and their events are read back from
 * Kafka with the project's deserializer; an injected arithmetic error must alert each responsible supervisor once; a
 * document that is no report alerts nobody; one submission's trace id runs through the three topics and the four
 * services' logs; a service killed with SIGKILL is restarted and works again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackEndToEndTest {

    private static final Duration PIPELINE_TIMEOUT = Duration.ofMinutes(5);
    private static final String[] KEY_FIGURES = {"T3[R1][TOT]", "T3[R2][TOT]", "T3[R3.7][TOT]", "T3[R4][TOT]",
            "T4[RV.TOTAL]", "T4[LD.TOTAL]", "T4[LR.TOTAL]"};

    /** One sample and what domain-spec §9.6 says it yields; a null figure is one the report does not give. */
    private record Expected(String fileName, String agencyId, int year, FormatVersion version, Verdict verdict,
                            String... figures) {
        Map<String, String> keyFigures() {
            Map<String, String> map = new HashMap<>();
            for (int i = 0; i < KEY_FIGURES.length; i++) {
                map.put(KEY_FIGURES[i], figures[i]);
            }
            return map;
        }
    }

    private static final List<Expected> SAMPLES = List.of(
            new Expected("longting-gov-office-2022.txt", "longting-gov-office", 2022, FormatVersion.V2021,
                    Verdict.PASS, "16", "0", "16", "0", "12", "5", "2"),
            // table 四 has 14 values: T4-POSTREVIEW-TOTAL cannot be checked
            new Expected("kunwu-office-2020.txt", "kunwu-office", 2020, FormatVersion.V2019,
                    Verdict.INCOMPLETE, "0", "0", "0", "0", "0", "0", null),
            new Expected("chaoyang-business-env-bureau-2023.txt", "chaoyang-business-env-bureau", 2023,
                    FormatVersion.V2021, Verdict.PASS, "0", "0", "0", "0", "0", "0", "0"),
            new Expected("jinping-street-2022.txt", "jinping-street", 2022, FormatVersion.V2021,
                    Verdict.PASS, "5", "0", "5", "0", "0", "0", "0"),
            // table 三 truncated: T3-OUTCOME-TOTAL and T3-BALANCE cannot be checked
            new Expected("qidong-hitech-jinhai-2022.txt", "qidong-hitech-jinhai", 2022, FormatVersion.V2021,
                    Verdict.INCOMPLETE, "1", "0", null, null, "0", "0", "0"));

    /** 龙亭区 (410202) is covered by 开封市 (410200) and 河南省 (410000), and by nobody else. */
    private static final List<String> LONGTING_SUPERVISORS =
            List.of("kaifeng-gongkai@example.org", "henan-gongkai@example.org");
    private static final List<String> OTHER_SUPERVISORS = List.of("chaoyang-gongkai@example.org",
            "zhejiang-gongkai@example.org", "nantong-gongkai@example.org");

    private Path dataDir;
    private LocalStack stack;
    private IngestClient ingest;
    private TopicReader<ReportParsed> parsed;
    private TopicReader<ReportValidated> validated;
    private TopicReader<ReportSubmitted> submitted;

    @BeforeAll
    void startStack() {
        dataDir = Directories.createTemp("nianbao-e2e-");
        stack = LocalStack.start(StackSettings.freePorts(dataDir, RepositoryRoot.find()));
        ingest = new IngestClient(stack.serviceUrl(Service.INGEST));
        parsed = TopicReader.of(Topics.REPORT_PARSED, stack.bootstrapServers(), stack.schemaRegistryUrl());
        validated = TopicReader.of(Topics.REPORT_VALIDATED, stack.bootstrapServers(), stack.schemaRegistryUrl());
        submitted = TopicReader.of(Topics.REPORT_SUBMITTED, stack.bootstrapServers(), stack.schemaRegistryUrl());
    }

    @AfterAll
    void stopStack() throws InterruptedException {
        if (parsed != null) {
            parsed.close();
        }
        if (validated != null) {
            validated.close();
        }
        if (submitted != null) {
            submitted.close();
        }
        if (stack != null) {
            stack.close();
        }
        Directories.deleteRecursively(dataDir);
    }

    @Test
    @Order(1)
    void everySampleYieldsItsKeyFiguresAndVerdict() throws Exception {
        Map<Expected, String> submissionIds = new LinkedHashMap<>();
        for (Expected sample : SAMPLES) {
            IngestClient.Receipt receipt = ingest.submit(sample.agencyId(), sample.year(), sample.fileName(),
                    SampleReports.bytes(sample.fileName()));
            assertThat(receipt.status()).as("%s: %s", sample.fileName(), receipt.body()).isEqualTo(202);
            submissionIds.put(sample, receipt.submissionId());
        }

        await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(validated.values()).extracting(ReportValidated::getSubmissionId)
                        .containsAll(submissionIds.values()));

        // every sample checked before failing, so one run shows every mismatch
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<Expected, String> entry : submissionIds.entrySet()) {
            Expected sample = entry.getKey();
            ReportParsed parsedEvent = only(parsed.records(), entry.getValue(), ReportParsed::getSubmissionId).value();
            softly.assertThat(parsedEvent.getOutcome()).as(sample.fileName()).isEqualTo(ParseOutcome.PARSED);
            softly.assertThat(parsedEvent.getAgency().getId()).as(sample.fileName()).isEqualTo(sample.agencyId());
            softly.assertThat(parsedEvent.getReportYear()).as(sample.fileName()).isEqualTo(sample.year());
            softly.assertThat(parsedEvent.getFormatVersion()).as(sample.fileName()).isEqualTo(sample.version());

            ReportValidated result = only(validated.records(), entry.getValue(), ReportValidated::getSubmissionId).value();
            softly.assertThat(result.getFormatVersion()).as(sample.fileName()).isEqualTo(sample.version());
            softly.assertThat(result.getKeyFigures()).as(sample.fileName() + " key figures")
                    .containsExactlyInAnyOrderEntriesOf(sample.keyFigures());
            softly.assertThat(result.getVerdict()).as(sample.fileName() + " verdict").isEqualTo(sample.verdict());
        }
        softly.assertAll();
    }

    @Test
    @Order(2)
    void anInjectedTotalErrorAlertsEachResponsibleSupervisorOnceAndNeverAgain() throws Exception {
        byte[] injected = longtingWithOutcomeTotal17();
        IngestClient.Receipt first = ingest.submit("longting-gov-office", 2022, "longting-injected.txt", injected);
        assertThat(first.status()).as(first.body()).isEqualTo(202);

        ReportValidated failed = awaitValidated(first.submissionId());
        assertThat(failed.getVerdict()).isEqualTo(Verdict.FAIL);
        assertThat(failed.getKeyFigures()).containsEntry("T3[R1][TOT]", "16").containsEntry("T3[R3.7][TOT]", "17");
        // 新收 16 + 结转 0 ≠ 办结 17 + 转下年 0
        assertThat(failed.getFindings()).anySatisfy(finding -> {
            assertThat(finding.getRuleId()).isEqualTo("T3-BALANCE");
            assertThat(finding.getOutcome()).isEqualTo(RuleOutcome.FAIL);
            assertThat(finding.getSeverity()).isEqualTo(Severity.ERROR);
        });

        // notify mails once per report per supervisor: the alert naming T3-BALANCE is the one this error caused
        await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String supervisor : LONGTING_SUPERVISORS) {
                assertThat(longtingAlertsTo(supervisor, "T3-BALANCE")).as(supervisor).hasSize(1);
            }
        });
        Map<String, Integer> longtingMailsBefore = new HashMap<>();
        LONGTING_SUPERVISORS.forEach(supervisor ->
                longtingMailsBefore.put(supervisor, longtingAlertsTo(supervisor, "龙亭区").size()));

        // the same bytes again: the existing submission, no new event
        IngestClient.Receipt again = ingest.submit("longting-gov-office", 2022, "longting-injected.txt", injected);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.submissionId()).isEqualTo(first.submissionId());

        // different bytes, same numbers: a new submission whose findings carry the same fingerprints
        byte[] sameNumbers = (new String(injected, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
        IngestClient.Receipt resubmitted = ingest.submit("longting-gov-office", 2022, "longting-injected-v2.txt",
                sameNumbers);
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(202);
        ReportValidated revalidated = awaitValidated(resubmitted.submissionId());
        assertThat(failFingerprints(revalidated)).isNotEmpty().isEqualTo(failFingerprints(failed));

        // nothing new may arrive: watch the mailboxes for a while after the resubmission was validated
        await().during(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String supervisor : LONGTING_SUPERVISORS) {
                assertThat(longtingAlertsTo(supervisor, "龙亭区")).as(supervisor)
                        .hasSize(longtingMailsBefore.get(supervisor));
                assertThat(longtingAlertsTo(supervisor, "T3-BALANCE")).as(supervisor).hasSize(1);
            }
        });
        for (String supervisor : OTHER_SUPERVISORS) {
            assertThat(longtingAlertsTo(supervisor, "龙亭区")).as(supervisor).isEmpty();
        }
    }

    /**
     * Issue 9 class 8: a pasted greeting (API) and a one-byte file (intake page) are accepted, read as NOT_A_REPORT,
     * validated INCOMPLETE with only the INFO finding P-NOT-A-REPORT, and mailed to nobody.
     */
    @Test
    @Order(3)
    void aDocumentThatIsNoReportIsMarkedSoAndAlertsNobody() throws Exception {
        IngestClient.Receipt greeting = ingest.submit("/api/reports", "longting-gov-office", 2021, "pasted.txt",
                "你好，这不是年度报告。".getBytes(StandardCharsets.UTF_8));
        IngestClient.Receipt oneByte = ingest.submit("/portal/reports", "longting-gov-office", 2021, "a.txt", new byte[] {'a'});
        assertThat(greeting.status()).as(greeting.body()).isEqualTo(202);
        assertThat(oneByte.status()).as(oneByte.body()).isEqualTo(202);

        for (IngestClient.Receipt receipt : List.of(greeting, oneByte)) {
            ReportValidated result = awaitValidated(receipt.submissionId());
            assertThat(only(parsed.records(), receipt.submissionId(), ReportParsed::getSubmissionId).value().getOutcome())
                    .isEqualTo(ParseOutcome.NOT_A_REPORT);
            assertThat(result.getVerdict()).isEqualTo(Verdict.INCOMPLETE);
            assertThat(result.getFindings()).singleElement().satisfies(finding -> {
                assertThat(finding.getRuleId()).isEqualTo("P-NOT-A-REPORT");
                assertThat(finding.getOutcome()).isEqualTo(RuleOutcome.NOT_ASSESSABLE);
                assertThat(finding.getSeverity()).isEqualTo(Severity.INFO);
            });
        }
        await().during(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String supervisor : LONGTING_SUPERVISORS) {
                assertThat(longtingAlertsTo(supervisor, "2021年度报告")).as(supervisor).isEmpty();
            }
        });
    }

    /**
     * Issue 13: the trace of one HTTP submission is in the headers of its report-submitted, report-parsed and
     * report-validated records, and in the log lines of all four services.
     */
    @Test
    @Order(4)
    void oneSubmissionsTraceIdRunsThroughTheThreeTopicsAndTheFourServicesLogs() throws Exception {
        // other bytes than the first test's jinping submission, so a new submission rather than its duplicate
        byte[] resaved = (new String(SampleReports.bytes("jinping-street-2022.txt"), StandardCharsets.UTF_8) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        IngestClient.Receipt receipt = ingest.submit("jinping-street", 2022, "jinping-traced.txt", resaved);
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(202);
        awaitValidated(receipt.submissionId());

        String traceId = TraceContext.traceId(only(submitted.records(), receipt.submissionId(),
                ReportSubmitted::getSubmissionId).headers());
        assertThat(TraceContext.traceId(only(parsed.records(), receipt.submissionId(),
                ReportParsed::getSubmissionId).headers())).isEqualTo(traceId);
        assertThat(TraceContext.traceId(only(validated.records(), receipt.submissionId(),
                ReportValidated::getSubmissionId).headers())).isEqualTo(traceId);
        // notify logs the record once it is stored, shortly after report-validated is readable
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (Service service : Service.values()) {
                assertThat(Files.readString(dataDir.resolve("logs").resolve(service.module() + ".log")))
                        .as(service.module()).contains(traceId);
            }
        });
    }

    /**
     * Issue 12 item 5: parse-service killed with SIGKILL is restarted by the stack, answers its health check again and
     * parses the next submission.
     */
    @Test
    @Order(5)
    void aServiceKilledWithSigkillIsRestartedAndWorksAgain() throws Exception {
        long killed = stack.servicePid(Service.PARSE);
        ProcessHandle.of(killed).orElseThrow().destroyForcibly(); // SIGKILL, as kill -9

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(stack.serviceUrl(Service.PARSE) + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                stack.servicePid(Service.PARSE) != killed
                        && http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);

        IngestClient.Receipt after = ingest.submit("/api/reports", "longting-gov-office", 2020, "after-restart.txt",
                "重启之后提交的一段文字。".getBytes(StandardCharsets.UTF_8));
        assertThat(after.status()).as(after.body()).isEqualTo(202);
        awaitValidated(after.submissionId());
        assertThat(only(parsed.records(), after.submissionId(), ReportParsed::getSubmissionId).value().getOutcome())
                .isEqualTo(ParseOutcome.NOT_A_REPORT);
    }

    /** longting's {@code (七) 总计} row with 16 → 17 in its 自然人 and 总计 columns. */
    private static byte[] longtingWithOutcomeTotal17() {
        String original = new String(SampleReports.bytes("longting-gov-office-2022.txt"), StandardCharsets.UTF_8);
        String row = "(七) 总计\t\t16\t0\t0\t0\t0\t0\t16\t";
        assertThat(original.split(Pattern.quote(row), -1)).hasSize(2);
        return original.replace(row, "(七) 总计\t\t17\t0\t0\t0\t0\t0\t17\t").getBytes(StandardCharsets.UTF_8);
    }

    private ReportValidated awaitValidated(String submissionId) {
        return await().atMost(PIPELINE_TIMEOUT).pollInterval(Duration.ofSeconds(1)).until(
                () -> validated.values().stream().filter(v -> v.getSubmissionId().equals(submissionId)).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static List<String> failFingerprints(ReportValidated result) {
        return result.getFindings().stream().filter(f -> f.getOutcome() == RuleOutcome.FAIL)
                .map(Finding::getFingerprint).sorted().toList();
    }

    /** Mails to {@code supervisor} about longting (龙亭区) whose subject or body mentions {@code mentioning}. */
    private List<ReceivedMail> longtingAlertsTo(String supervisor, String mentioning) {
        return stack.smtpSink().messagesTo(supervisor).stream()
                .filter(mail -> {
                    String text = mail.subject() + "\n" + mail.body();
                    return text.contains("龙亭区") && text.contains(mentioning);
                }).toList();
    }

    private static <V> ConsumerRecord<String, V> only(List<ConsumerRecord<String, V>> records, String submissionId,
                                                        Function<V, String> id) {
        List<ConsumerRecord<String, V>> matching = records.stream()
                .filter(record -> id.apply(record.value()).equals(submissionId)).toList();
        assertThat(matching).as("records of submission %s", submissionId).hasSize(1);
        return matching.get(0);
    }

}
