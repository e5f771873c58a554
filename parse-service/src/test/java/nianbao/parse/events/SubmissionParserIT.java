package nianbao.parse.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.ContainerType;
import nianbao.events.FormatVersion;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;
import nianbao.events.ReportSubmitted;
import nianbao.events.SubmissionChannel;
import nianbao.events.SubmittedDocument;
import nianbao.events.TableCell;
import nianbao.events.TableLayout;
import nianbao.report.testing.SampleReports;
import nianbao.schemas.Topics;
import nianbao.schemas.testing.PollBatches;
import nianbao.schemas.testing.PrometheusScrape;
import nianbao.schemas.testing.ReportTopicsIT;
import nianbao.schemas.testing.TraceContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The parse-service shell on a real KRaft broker and a real schema registry: a submitted report becomes one
 * report-parsed event with its cells; a document that cannot be read becomes a FAILED event with the reason, one that
 * is read but is no annual report a NOT_A_REPORT event; a record
 * that is not even an event goes to report-submitted-dlt and the partition goes on, also from the middle of a poll
 * batch, whose other records are parsed exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PollBatches.class)
class SubmissionParserIT extends ReportTopicsIT {

    /** How long to wait for events that must not come. */
    private static final Duration QUIET = Duration.ofSeconds(5);
    private static final String DEAD_LETTERS =
            "nianbao_dead_letters_total{application=\"parse-service\",topic=\"report-submitted\"}";

    @Autowired
    private PollBatches polls;
    @LocalServerPort
    private int port;

    @Test
    void aSubmittedReportIsParsedIntoCellsWithTheirSource() {
        topics.send(Topics.REPORT_SUBMITTED, agency, submitted(SampleReports.bytes(SampleReports.LONGTING), "report.txt"));

        ReportParsed parsed = topics.next(Topics.REPORT_PARSED, agency, 1, WAIT).get(0);

        assertThat(parsed.getOutcome()).isEqualTo(ParseOutcome.PARSED);
        assertThat(parsed.getFormatVersion()).isEqualTo(FormatVersion.V2021);
        assertThat(parsed.getReportYear()).isEqualTo(2022);
        assertThat(value(parsed, "R1", "TOT")).isEqualTo("16");
        assertThat(value(parsed, "R3.7", "TOT")).isEqualTo("16");
        assertThat(value(parsed, "CASES", "RV.TOTAL")).isEqualTo("12");
        TableCell r1 = cell(parsed, "R1", "TOT");
        String line = parsed.getText().split("\n", -1)[r1.getSpan().getLine() - 1];
        assertThat(line.substring(r1.getSpan().getColumn() - 1, r1.getSpan().getEndColumn() - 1)).isEqualTo("16");
    }

    /** The trace of the submission goes on in its report-parsed event's headers; the document is counted and timed. */
    @Test
    void aSubmissionsTraceGoesOnInItsReportParsedEventAndItsDocumentIsCounted() {
        String counted = "nianbao_documents_parsed_total{application=\"parse-service\",container=\"TEXT\",layout=\"TAB\","
                + "outcome=\"PARSED\"}";
        String timed = "nianbao_parse_duration_seconds_count{application=\"parse-service\",container=\"TEXT\","
                + "outcome=\"PARSED\"}";
        PrometheusScrape before = PrometheusScrape.of(port);
        String traceId = TraceContext.newTraceId();

        topics.send(Topics.REPORT_SUBMITTED, agency, submitted(SampleReports.bytes(SampleReports.LONGTING), "report.txt"),
                Map.of(TraceContext.HEADER, TraceContext.traceparent(traceId)));
        ConsumerRecord<String, ReportParsed> parsed = topics.nextRecords(Topics.REPORT_PARSED, agency, 1, WAIT).get(0);

        assertThat(TraceContext.traceId(parsed.headers())).isEqualTo(traceId);
        assertThat(parsed.value().getContainer()).isEqualTo(ContainerType.TEXT);
        assertThat(parsed.value().getLayout()).isEqualTo(TableLayout.TAB);
        PrometheusScrape after = PrometheusScrape.of(port);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.increaseSince(before, counted)).isEqualTo(1.0);
        assertThat(after.increaseSince(before, timed)).isEqualTo(1.0);
        // the Kafka clients' own meters, consumer lag among them
        assertThat(after.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
    }

    @Test
    void binaryJunkIsAFailedParseWithTheReason() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        topics.send(Topics.REPORT_SUBMITTED, agency, submitted(junk, "report.bin"));

        ReportParsed parsed = topics.next(Topics.REPORT_PARSED, agency, 1, WAIT).get(0);

        assertThat(parsed.getOutcome()).isEqualTo(ParseOutcome.FAILED);
        assertThat(parsed.getFailureReason()).isNotBlank();
        assertThat(parsed.getCells()).isEmpty();
    }

    /** The consumer fetches at most 4 MB; a larger event still comes, whole, as the broker's first record batch. */
    @Test
    void aDocumentLargerThanAFetchIsStillRead() {
        byte[] junk = new byte[6 * 1024 * 1024];
        new Random(11).nextBytes(junk);
        ReportSubmitted large = submitted(junk, "scan.bin");
        topics.send(Topics.REPORT_SUBMITTED, agency, large);

        ReportParsed parsed = topics.next(Topics.REPORT_PARSED, agency, 1, WAIT).get(0);

        assertThat(parsed.getSubmissionId()).isEqualTo(large.getSubmissionId());
        assertThat(parsed.getOutcome()).isEqualTo(ParseOutcome.FAILED);
    }

    @Test
    void aGreetingIsNotAReportWithTheReason() {
        topics.send(Topics.REPORT_SUBMITTED, agency, submitted("你好，这不是年度报告。".getBytes(StandardCharsets.UTF_8), "pasted.txt"));

        ReportParsed parsed = topics.next(Topics.REPORT_PARSED, agency, 1, WAIT).get(0);
        assertThat(parsed.getOutcome()).isEqualTo(ParseOutcome.NOT_A_REPORT);
        assertThat(parsed.getFailureReason()).startsWith("文件不是政府信息公开工作年度报告");
    }

    @Test
    void aRecordThatIsNoEventIsDeadLetteredAndThePartitionGoesOn() {
        byte[] poison = "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8);
        double deadLettersBefore = PrometheusScrape.of(port).value(DEAD_LETTERS);
        topics.sendRaw(Topics.REPORT_SUBMITTED.name(), agency, poison);
        topics.send(Topics.REPORT_SUBMITTED, agency, submitted(SampleReports.bytes(SampleReports.JINPING), "jinping.txt"));

        ConsumerRecord<String, byte[]> dead = topics.nextDeadLetters(Topics.REPORT_SUBMITTED, agency, 1, WAIT).get(0);
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(topics.next(Topics.REPORT_PARSED, agency, 1, WAIT).get(0).getOutcome()).isEqualTo(ParseOutcome.PARSED);
        assertThat(PrometheusScrape.of(port).value(DEAD_LETTERS) - deadLettersBefore).isEqualTo(1.0);
    }

    @Test
    void aPoisonRecordInTheMiddleOfABatchIsDeadLetteredAloneAndEveryOtherSubmissionIsParsedOnce() {
        byte[] poison = "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8);
        List<Object> batch = new ArrayList<>();
        List<String> submissions = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            if (i == 10) {
                batch.add(poison);
                continue;
            }
            ReportSubmitted submitted = submitted(SampleReports.bytes(SampleReports.LONGTING), "report-" + i + ".txt");
            submissions.add(submitted.getSubmissionId());
            batch.add(submitted);
        }

        topics.sendInOneTransaction(Topics.REPORT_SUBMITTED, agency, batch);

        // one output per submission, in order, read_committed: none lost, none twice
        assertThat(topics.next(Topics.REPORT_PARSED, agency, 20, WAIT)).extracting(ReportParsed::getSubmissionId)
                .containsExactlyElementsOf(submissions);
        assertThat(topics.nextDeadLetters(Topics.REPORT_SUBMITTED, agency, 1, WAIT).get(0).value()).isEqualTo(poison);
        assertThat(topics.drain(Topics.REPORT_PARSED, agency, QUIET)).isEmpty();
        assertThat(topics.drainDeadLetters(Topics.REPORT_SUBMITTED, agency, QUIET)).isEmpty();
        // and the poison was in the middle of one poll batch
        assertThat(polls.sizesFor(agency)).containsExactly(21L);
    }

    private ReportSubmitted submitted(byte[] content, String fileName) {
        return ReportSubmitted.newBuilder()
                .setSubmissionId(UUID.randomUUID().toString())
                .setAgency(new Agency(agency, "龙亭区人民政府办公室", "410202", AgencyLevel.COUNTY_DEPARTMENT, null))
                .setReportYear(2022)
                .setDocument(new SubmittedDocument(fileName, "text/plain", "-", (long) content.length, ByteBuffer.wrap(content)))
                .setSubmittedAt(Instant.parse("2023-01-20T08:00:00Z"))
                .setSubmittedBy(agency)
                .setChannel(SubmissionChannel.API)
                .build();
    }

    private static TableCell cell(ReportParsed parsed, String row, String column) {
        return parsed.getCells().stream().filter(c -> c.getRowId().equals(row) && c.getColumnId().equals(column))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + row + "/" + column));
    }

    private static String value(ReportParsed parsed, String row, String column) {
        return cell(parsed, row, column).getValue();
    }

}
