package nianbao.validate.engine;

import java.math.BigDecimal;
import nianbao.report.Cell;
import nianbao.report.SourceSpan;

/**
 * One value a finding rests on. {@code id} is a cell id ({@code T3[R1][TOT]}), a prior-year cell id suffixed
 * with the year ({@code T3[R4][TOT]@2022}), a narrative fact ({@code N:APPLICATIONS_RECEIVED}) or a structural
 * item ({@code SECTION:四}). {@code value} is null when nothing could be read.
 */
public record Operand(String id, BigDecimal value, String raw, SourceSpan span) {

    public Operand {
        span = span == null ? SourceSpan.NONE : span;
    }

    public static Operand of(Cell cell) {
        return new Operand(cell.ref().id(), cell.value(), cell.raw(), cell.span());
    }

    public static Operand of(String id, Cell cell) {
        return new Operand(id, cell.value(), cell.raw(), cell.span());
    }

    /** An item that has no number, e.g. a missing section. */
    public static Operand item(String id) {
        return new Operand(id, null, null, SourceSpan.NONE);
    }
}
