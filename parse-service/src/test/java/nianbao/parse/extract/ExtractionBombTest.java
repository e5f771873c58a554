package nianbao.parse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import nianbao.parse.containers.DocxWriter;
import nianbao.parse.containers.HostileDocuments;
import nianbao.parse.extract.UnreadableDocumentException.Reason;
import nianbao.parse.logging.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Documents built to outlast the time budget: the extraction ends at the budget, its worker really stops (one worker,
 * so the normal document after each bomb also proves the worker is free), and nothing floods the log. The bounds on
 * time are generous for a loaded 2-core machine; without cancellation each bomb keeps its worker busy far longer.
 */
class ExtractionBombTest {

    private static final Duration BUDGET = Duration.ofSeconds(2);
    private static final Duration RETURNS_WITHIN = BUDGET.plusSeconds(8);
    private static final Duration STOPS_WITHIN = Duration.ofSeconds(10);
    private static final long MIB = 1024 * 1024;

    private final byte[] report = DocxWriter.write(DocxExtractionTest.DOCUMENT);
    /** The time budget, not the character or decoding limits, is what stops these bombs. */
    private final DocumentExtractor extractor = new DocumentExtractor(
            new ExtractionLimits(20 * MIB, 50_000_000, BUDGET, 10, 1024 * MIB, 1));
    private final LogCapture log = new LogCapture();

    @AfterEach
    void close() {
        log.close();
        extractor.close();
    }

    @Test
    void contentStreamBombTimesOutAndStops() {
        // ~22 million operators that PDFBox warns about: minutes of work, and of warnings, without cancellation
        byte[] bomb = HostileDocuments.contentStreamBomb(150 * MIB);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertTimedOutAndStopped(bomb, "bomb.pdf", "PDF");
    }

    @Test
    void nestedFormsTimeOutAndStop() {
        // 10^8 form executions from a few KB: hours of work without cancellation
        assertTimedOutAndStopped(HostileDocuments.nestedForms(10, 8), "forms.pdf", "PDF");
    }

    @Test
    void paragraphFloodTimesOutAndStops() {
        byte[] flood = HostileDocuments.paragraphFlood(report, 150_000);

        assertTimedOutAndStopped(flood, "flood.docx", "DOCX");
    }

    @Test
    void deeplyNestedTablesTimeOutAndStop() {
        // each table's cell text is looked for inner tables: quadratic in the depth
        assertTimedOutAndStopped(HostileDocuments.nestedTables(20_000), "nested.html", "HTML");
    }

    @Test
    void contentStreamBeyondTheDecodingLimitIsRefusedBeforePdfBoxDecodesIt() {
        DocumentExtractor bounded = new DocumentExtractor(new ExtractionLimits(20 * MIB, 50_000_000, Duration.ofSeconds(60),
                10, 64 * MIB, 1));

        UnreadableDocumentException refused = refused(bounded, HostileDocuments.contentStreamBomb(150 * MIB), "bomb.pdf");

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.getMessage()).isEqualTo("TOO_LARGE: bomb.pdf (PDF): PDF 的页面内容和字体解压后超过 64 MB"
                + " / page contents and fonts expand to more than 64 MB");
        bounded.close();
    }

    @Test
    void decodingLimitIsOnTheRealSizeNotOnTheWorstCase() {
        // each page: 3 MiB of operators, about 5 KB compressed, so up to about 5 MB as far as the filter can tell
        DocumentExtractor bounded = new DocumentExtractor(new ExtractionLimits(20 * MIB, 50_000_000, Duration.ofSeconds(60),
                10, 8 * MIB, 1));

        assertThat(refused(bounded, HostileDocuments.contentStreamBomb(3 * MIB, 2), "two.pdf").reason())
                .as("6 MiB fit in 8").isEqualTo(Reason.EMPTY);
        assertThat(refused(bounded, HostileDocuments.contentStreamBomb(3 * MIB, 3), "three.pdf").reason())
                .as("9 MiB do not").isEqualTo(Reason.TOO_LARGE);
        bounded.close();
    }

    @Test
    void pdfWithMorePagesThanTheLimitIsRefused() {
        UnreadableDocumentException refused = refused(extractor, HostileDocuments.pages(11), "long.pdf");

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.getMessage()).isEqualTo("TOO_LARGE: long.pdf (PDF): PDF 超过 10 页，不是一份年度报告的篇幅"
                + " / more than 10 pages, far beyond an annual report");
    }

    private void assertTimedOutAndStopped(byte[] bomb, String fileName, String container) {
        UnreadableDocumentException refused = refused(extractor, bomb, fileName);

        assertThat(refused.reason()).isEqualTo(Reason.TIMED_OUT);
        assertThat(refused.getMessage()).isEqualTo("TIMED_OUT: " + fileName + " (" + container + "): 未能在 2 秒内读完，"
                + "文件内容过于复杂或已损坏 / not read within 2 s: the content is too complex or damaged");
        awaitIdle(extractor);
        // the service logs its one line per unreadable submission (SubmissionParserTest); extraction adds none
        assertThat(log.lines()).isEmpty();
        assertThat(extractor.extract(report, "report.docx", null).text())
                .startsWith("三、收到和处理政府信息公开申请情况\n").endsWith("\n四、政府信息公开行政复议、行政诉讼情况");
    }

    private static UnreadableDocumentException refused(DocumentExtractor extractor, byte[] document, String fileName) {
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> extractor.extract(document, fileName, null));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(RETURNS_WITHIN);
        assertThat(thrown).isInstanceOf(UnreadableDocumentException.class);
        return (UnreadableDocumentException) thrown;
    }

    private static void awaitIdle(DocumentExtractor extractor) {
        long end = System.nanoTime() + STOPS_WITHIN.toNanos();
        while (extractor.runningExtractions() > 0 && System.nanoTime() - end < 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        assertThat(extractor.runningExtractions()).as("extractions still running").isZero();
    }
}
