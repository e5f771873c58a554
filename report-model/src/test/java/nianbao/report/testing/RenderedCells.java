package nianbao.report.testing;

import java.util.EnumSet;
import java.util.Set;
import nianbao.report.Cell;
import nianbao.report.testing.WildRenderings.Rendering;

/** How a cell read from a rendering compares with the cell read from the text as written. */
public final class RenderedCells {

    private static final Set<Rendering> ZEROS_BLANKED = EnumSet.of(Rendering.ZEROS_AS_BLANK_MARKERS, Rendering.EMPTY_CELLS_FOR_ZEROS);

    private RenderedCells() {
    }

    /**
     * The cell the rendering should yield: the original one, except that a 0 written as a blank marker or left an
     * empty cell is BLANK — blank is not zero (domain-spec conventions); the rules then read it as 0 or derive a blank
     * 总计.
     */
    public static Cell expected(Cell written, Rendering rendering) {
        boolean zero = written.isNumber() && written.value().signum() == 0;
        return ZEROS_BLANKED.contains(rendering) && zero
                ? Cell.blank(written.ref(), "—", written.span(), written.confidence()) : written;
    }

    /** The same semantic and the same value (0 and 0.0 alike). */
    public static boolean same(Cell a, Cell b) {
        return a.semantic() == b.semantic() && (a.value() == null ? b.value() == null
                : b.value() != null && a.value().compareTo(b.value()) == 0);
    }

    public static String describe(Cell c) {
        return c.semantic() + (c.value() == null ? "" : " " + c.value().toPlainString()) + (c.isCertain() ? "" : " (inferred)");
    }
}
