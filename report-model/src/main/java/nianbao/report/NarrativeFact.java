package nianbao.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure or statement quoted from the narrative, with the sentence it came from and where it stands. The qualifier,
 * when there is one, is of its kind's {@link FactKind#qualifierType()}. Not {@code certain} when a figure of it was
 * read whole across what may separate two figures (a space or a line break between its digits): a check on it can
 * then be no more than uncertain.
 */
public record NarrativeFact(FactKind kind, BigDecimal value, List<BigDecimal> parts, Qualifier qualifier,
                            String quote, SourceSpan span, boolean certain) {

    public NarrativeFact {
        parts = parts == null ? List.of() : List.copyOf(parts);
        if (qualifier != null && (kind.qualifierType() == null || !kind.qualifierType().isInstance(qualifier))) {
            throw new IllegalArgumentException(kind + " facts carry no " + qualifier.getClass().getSimpleName());
        }
    }

    /** A fact read with certainty. */
    public NarrativeFact(FactKind kind, BigDecimal value, List<BigDecimal> parts, Qualifier qualifier, String quote,
                         SourceSpan span) {
        this(kind, value, parts, qualifier, quote, span, true);
    }

    /** The qualifier's one textual form (what report-parsed carries, what findings quote); null when there is none. */
    public String qualifierText() {
        return qualifier == null ? null : qualifier.text();
    }

    /** The qualifier as the type its kind carries; null when the fact has none. */
    public <Q extends Qualifier> Q qualifier(Class<Q> type) {
        return type.isInstance(qualifier) ? type.cast(qualifier) : null;
    }
}
