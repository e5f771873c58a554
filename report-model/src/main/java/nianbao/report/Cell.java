package nianbao.report;

import java.math.BigDecimal;
import java.util.Objects;
import nianbao.report.tables.CellRef;

/**
 * One cell of table 二, 三 or 四 as the document states it.
 *
 * @param raw        the text as written (empty for BLANK, null for MISSING)
 * @param value      the number, only for NUMBER (money normalised to 万元, the raw text keeps the original)
 * @param confidence 1.0 when the cell was read unambiguously; lower when its column was inferred (short rows)
 *                   or its digits were split by constraint decoding (concatenated digits)
 */
public record Cell(CellRef ref, String raw, BigDecimal value, CellSemantic semantic, SourceSpan span, double confidence) {

    public Cell {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(semantic, "semantic");
        Objects.requireNonNull(span, "span");
        if ((semantic == CellSemantic.NUMBER) != (value != null)) {
            throw new IllegalArgumentException(ref.id() + ": a value goes with NUMBER and only with NUMBER");
        }
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence " + confidence);
    }

    public static Cell number(CellRef ref, String raw, BigDecimal value, SourceSpan span, double confidence) {
        return new Cell(ref, raw, value, CellSemantic.NUMBER, span, confidence);
    }

    public static Cell number(CellRef ref, String raw, long value, SourceSpan span) {
        return number(ref, raw, BigDecimal.valueOf(value), span, 1.0);
    }

    public static Cell blank(CellRef ref, String raw, SourceSpan span, double confidence) {
        return new Cell(ref, raw, null, CellSemantic.BLANK, span, confidence);
    }

    public static Cell missing(CellRef ref) {
        return new Cell(ref, null, null, CellSemantic.MISSING, SourceSpan.NONE, 0.0);
    }

    public boolean isNumber() {
        return semantic == CellSemantic.NUMBER;
    }

    /** Read with full confidence: the only kind of operand a FAIL may rest on. */
    public boolean isCertain() {
        return confidence >= 1.0;
    }
}
