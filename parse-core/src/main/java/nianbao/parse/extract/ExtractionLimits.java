package nianbao.parse.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on one extraction, so hostile input ends in an {@link UnreadableDocumentException} instead of a hang or OOM.
 *
 * @param maxBytes        largest accepted document
 * @param maxChars        most characters the rendered text may have
 * @param timeBudget      wall-clock time one extraction may take, from its submission to the workers; the worker
 *                        stops at the same deadline
 * @param maxPages        most pages a PDF may have
 * @param maxDecodedBytes most bytes a PDF's page contents, forms and fonts may decode to, all together (PDFBox decodes
 *                        each such stream whole into memory)
 * @param workers         threads that read HTML, DOCX and PDF documents; extractions beyond them wait for one
 */
public record ExtractionLimits(long maxBytes, int maxChars, Duration timeBudget, int maxPages, long maxDecodedBytes,
                               int workers) {

    /**
     * Real reports are 5–500 KB of text and at most a few MB as PDF/DOCX (20 MB leaves room for embedded images),
     * 10–60 pages (500 leaves room for appendices), and decode to a few MB of page content and fonts (256 MiB leaves
     * room for several fully embedded CJK fonts).
     */
    public static final ExtractionLimits DEFAULTS = new ExtractionLimits(20L * 1024 * 1024, 2_000_000, Duration.ofSeconds(20),
            500, 256L * 1024 * 1024, Runtime.getRuntime().availableProcessors());

    public ExtractionLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxBytes <= 0 || maxChars <= 0 || timeBudget.isNegative() || timeBudget.isZero() || maxPages <= 0
                || maxDecodedBytes <= 0 || workers <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxChars + ", " + timeBudget
                    + ", " + maxPages + ", " + maxDecodedBytes + ", " + workers);
        }
    }

    /** The default page, decoding and worker limits with these sizes and time budget. */
    public ExtractionLimits(long maxBytes, int maxChars, Duration timeBudget) {
        this(maxBytes, maxChars, timeBudget, DEFAULTS.maxPages, DEFAULTS.maxDecodedBytes, DEFAULTS.workers);
    }

    public ExtractionLimits withTimeBudget(Duration budget) {
        return new ExtractionLimits(maxBytes, maxChars, budget, maxPages, maxDecodedBytes, workers);
    }

    public ExtractionLimits withWorkers(int count) {
        return new ExtractionLimits(maxBytes, maxChars, timeBudget, maxPages, maxDecodedBytes, count);
    }
}
