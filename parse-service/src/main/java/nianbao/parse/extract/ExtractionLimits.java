package nianbao.parse.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on one extraction, so hostile input ends in an {@link UnreadableDocumentException} instead of a hang or OOM.
 *
 * @param maxBytes     largest accepted document
 * @param maxChars     most characters the rendered text may have
 * @param timeBudget   wall-clock time one extraction may take
 */
public record ExtractionLimits(long maxBytes, int maxChars, Duration timeBudget) {

    /** Real reports are 5–500 KB of text and at most a few MB as PDF/DOCX; 20 MB leaves room for embedded images. */
    public static final ExtractionLimits DEFAULTS = new ExtractionLimits(20L * 1024 * 1024, 2_000_000, Duration.ofSeconds(20));

    public ExtractionLimits {
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (maxBytes <= 0 || maxChars <= 0 || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxChars + ", " + timeBudget);
        }
    }
}
