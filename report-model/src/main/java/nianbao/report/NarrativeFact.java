package nianbao.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * A figure or statement quoted from the narrative, with the sentence it came from and where it stands. The qualifier,
 * when there is one, is of its kind's {@link FactKind#qualifierType()}.
 */
public record NarrativeFact(FactKind kind, BigDecimal value, List<BigDecimal> parts, Qualifier qualifier,
                            String quote, SourceSpan span) {

    public NarrativeFact {
        parts = parts == null ? List.of() : List.copyOf(parts);
        if (qualifier != null && (kind.qualifierType() == null || !kind.qualifierType().isInstance(qualifier))) {
            throw new IllegalArgumentException(kind + " facts carry no " + qualifier.getClass().getSimpleName());
        }
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
