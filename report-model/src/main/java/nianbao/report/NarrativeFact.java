package nianbao.report;

import java.math.BigDecimal;
import java.util.List;

/** A figure or statement quoted from the narrative, with the sentence it came from and where it stands. */
public record NarrativeFact(FactKind kind, BigDecimal value, List<BigDecimal> parts, String qualifier,
                            String quote, SourceSpan span) {

    public NarrativeFact {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }
}
