package nianbao.report;

/**
 * A label that matched only after normalisation or as a known variant (input of S-LABELS and T2-MONEY-UNIT).
 *
 * @param where     the row, column or header it labels, e.g. "T3[R3.3.2]", "T2.NORM.REPEALED", "T4 header"
 * @param asWritten the label as written
 * @param canonical the canonical label
 */
public record LabelVariant(String where, String asWritten, String canonical, SourceSpan span) {
}
