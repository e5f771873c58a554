package nianbao.parse.narrative;

import java.util.List;
import nianbao.report.LabelVariant;
import nianbao.report.NarrativeFact;

/**
 * What the prose of a report states: facts in document order, and the outdated terms it used (pre-2019 outcome
 * wording, {@code where = "narrative"}).
 */
public record NarrativeReading(List<NarrativeFact> facts, List<LabelVariant> labelVariants) {

    public NarrativeReading {
        facts = List.copyOf(facts);
        labelVariants = List.copyOf(labelVariants);
    }
}
