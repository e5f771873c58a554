package nianbao.report;

import java.util.List;
import nianbao.report.tables.CellRef;

/** A parse diagnostic (P-TRUNCATED, P-MISALIGNED, P-AMBIGUOUS, P-VERSION-MIXED…): not a violation, surfaced as is. */
public record Diagnostic(String code, String message, SourceSpan span, List<CellRef> cells) {

    public Diagnostic {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }
}
