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
 * so the normal document after each bomb also proves the worker is free), and nothing reaches the log. The bounds on
 * time are generous for a loaded 2-core machine. Without the deadline checks the nested forms and tables keep their
 * worker busy for minutes to hours; without the service's logging rules the content-stream bomb (issue 12's case)
 * logs a warning per operator. Then the PDF limits that refuse a bomb before it costs anything.
 */
class ExtractionBombTest {

    private static final Duration BUDGET = Duration.ofSeconds(2);
    /** For the 2 s budget; the 0.3 s one returns sooner. */
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
        // POI parses the whole document.xml (≈ 8 MB here) before the first check: a short budget, so that the parse
        // outlasts it on a fast machine and the worker still stops soon after on a slow one
        try (DocumentExtractor impatient = new DocumentExtractor(new ExtractionLimits(20 * MIB, 50_000_000,
                Duration.ofMillis(300), 10, 1024 * MIB, 1))) {
            assertTimedOutAndStopped(impatient, "0.3", HostileDocuments.paragraphFlood(report, 80_000), "flood.docx", "DOCX");
        }
    }

    @Test
    void deeplyNestedTablesTimeOutAndStop() {
        // each table's cell text is looked for inner tables: quadratic in the depth
        assertTimedOutAndStopped(HostileDocuments.nestedTables(20_000), "nested.html", "HTML");
    }

    @Test
    void contentStreamBeyondTheDecodingLimitIsRefusedBeforePdfBoxDecodesIt() {
        try (DocumentExtractor bounded = new DocumentExtractor(new ExtractionLimits(20 * MIB, 50_000_000,
                Duration.ofSeconds(60), 10, 64 * MIB, 1))) {
            UnreadableDocumentException refused = refused(bounded, HostileDocuments.contentStreamBomb(150 * MIB), "bomb.pdf");

            assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(refused.getMessage()).isEqualTo("TOO_LARGE: bomb.pdf (PDF): PDF 的页面内容和字体解压后超过 64 MB"
                    + " / page contents and fonts expand to more than 64 MB");
        }
    }

    @Test
    void decodingLimitIsOnTheRealSizeNotOnTheWorstCase() {
        // each page: 3 MiB of operators, about 5 KB compressed, so up to about 5 MB as far as the filter can tell
        try (DocumentExtractor bounded = new DocumentExtractor(new ExtractionLimits(20 * MIB, 50_000_000,
                Duration.ofSeconds(60), 10, 8 * MIB, 1))) {
            assertThat(refused(bounded, HostileDocuments.contentStreamBomb(3 * MIB, 2), "two.pdf").reason())
                    .as("6 MiB fit in 8: read to the end, where no text is found").isEqualTo(Reason.EMPTY);
            assertThat(refused(bounded, HostileDocuments.contentStreamBomb(3 * MIB, 3), "three.pdf").reason())
                    .as("9 MiB do not").isEqualTo(Reason.TOO_LARGE);
        }
    }

    @Test
    void pageDrawingMoreGlyphsThanAnyPrintedPageIsRefused() {
        UnreadableDocumentException refused = refused(extractor, HostileDocuments.glyphFlood(200_001), "glyphs.pdf");

        assertThat(refused.getMessage()).isEqualTo("TOO_MUCH_TEXT: glyphs.pdf (PDF): PDF 的一页绘出超过 200000 个字符"
                + " / a page draws more than 200000 characters");
        assertThat(extractor.extract(HostileDocuments.glyphFlood(1000), "letters.pdf", null).text()).isEqualTo("x".repeat(1000));
    }

    @Test
    void pdfWithMorePagesThanTheLimitIsRefused() {
        UnreadableDocumentException refused = refused(extractor, HostileDocuments.pages(11), "long.pdf");

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.getMessage()).isEqualTo("TOO_LARGE: long.pdf (PDF): PDF 超过 10 页，不是一份年度报告的篇幅"
                + " / more than 10 pages, far beyond an annual report");
    }

    private void assertTimedOutAndStopped(byte[] bomb, String fileName, String container) {
        assertTimedOutAndStopped(extractor, "2", bomb, fileName, container);
    }

    private void assertTimedOutAndStopped(DocumentExtractor extractor, String seconds, byte[] bomb, String fileName,
                                          String container) {
        long start = System.nanoTime();
        UnreadableDocumentException refused = refused(extractor, bomb, fileName);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(RETURNS_WITHIN);
        assertThat(refused.reason()).isEqualTo(Reason.TIMED_OUT);
        assertThat(refused.getMessage()).isEqualTo("TIMED_OUT: " + fileName + " (" + container + "): 未能在 " + seconds
                + " 秒内读完，文件内容过于复杂或已损坏 / not read within " + seconds + " s: the content is too complex or damaged");
        awaitIdle(extractor);
        // the service logs its one line per unreadable submission (SubmissionParserTest); extraction adds none
        assertThat(log.lines()).isEmpty();
        assertThat(extractor.extract(report, "report.docx", null).text())
                .startsWith("三、收到和处理政府信息公开申请情况\n").endsWith("\n四、政府信息公开行政复议、行政诉讼情况");
    }

    private static UnreadableDocumentException refused(DocumentExtractor extractor, byte[] document, String fileName) {
        Throwable thrown = catchThrowable(() -> extractor.extract(document, fileName, null));
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
