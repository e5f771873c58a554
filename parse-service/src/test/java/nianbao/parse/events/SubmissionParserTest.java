package nianbao.parse.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;
import nianbao.events.ReportSubmitted;
import nianbao.events.SubmissionChannel;
import nianbao.events.SubmittedDocument;
import nianbao.parse.ReportParser;
import nianbao.parse.containers.HostileDocuments;
import nianbao.parse.extract.DocumentExtractor;
import nianbao.parse.extract.ExtractionLimits;
import nianbao.parse.logging.LogCapture;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;

/** What parse-service publishes and logs for a poisoned submission (the Kafka round trip is SubmissionParserIT's). */
class SubmissionParserTest {

    private static final Instant PARSED_AT = Instant.parse("2024-02-01T08:00:00Z");

    @Test
    void contentStreamBombIsOneFailedResultAndOneLogLine() {
        // one worker: the sample after the bomb is read only once the bomb's worker has stopped
        try (DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.DEFAULTS
                .withTimeBudget(Duration.ofSeconds(2)).withWorkers(1));
             LogCapture log = new LogCapture()) {
            SubmissionParser parser = new SubmissionParser(new ReportParser(extractor), null, null,
                    Clock.fixed(PARSED_AT, ZoneOffset.UTC), null);

            ReportParsed bomb = parser.parse(submitted("s-bomb", "bomb.pdf",
                    HostileDocuments.contentStreamBomb(150L * 1024 * 1024)));
            ReportParsed sample = parser.parse(submitted("s-sample", "longting.txt", SampleReports.bytes(SampleReports.LONGTING)));

            String reason = "TIMED_OUT: bomb.pdf (PDF): 未能在 2 秒内读完，文件内容过于复杂或已损坏"
                    + " / not read within 2 s: the content is too complex or damaged";
            assertThat(bomb.getOutcome()).isEqualTo(ParseOutcome.FAILED);
            assertThat(bomb.getFailureReason()).isEqualTo(reason);
            assertThat(sample.getOutcome()).isEqualTo(ParseOutcome.PARSED);
            assertThat(log.lines()).containsExactly(
                    "INFO nianbao.parse.events.SubmissionParser submission s-bomb of qingshan-civil-affairs is unreadable: " + reason);
        }
    }

    private static ReportSubmitted submitted(String id, String fileName, byte[] content) {
        return ReportSubmitted.newBuilder()
                .setSubmissionId(id)
                .setAgency(new Agency("qingshan-civil-affairs", "青山区民政局", "410203", AgencyLevel.COUNTY_DEPARTMENT, null))
                .setReportYear(2023)
                .setDocument(new SubmittedDocument(fileName, "application/pdf", "-", (long) content.length, ByteBuffer.wrap(content)))
                .setSubmittedAt(Instant.parse("2024-01-31T08:00:00Z"))
                .setSubmittedBy("qingshan-civil-affairs")
                .setChannel(SubmissionChannel.PORTAL)
                .build();
    }
}
