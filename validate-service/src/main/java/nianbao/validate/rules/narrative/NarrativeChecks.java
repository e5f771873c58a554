package nianbao.validate.rules.narrative;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.NarrativeFact;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.Checks;
import nianbao.validate.rules.Checks.Subject;
import nianbao.validate.rules.Reading;
import nianbao.validate.rules.Readings;

/** A figure quoted in the narrative against the table cells it restates, quoting the narrative sentence. */
final class NarrativeChecks {

    private NarrativeChecks() {
    }

    /** {@code Σ cells = fact}: expected = the table's value, actual = the narrative's. */
    static Evaluation againstTable(Subject subject, NarrativeFact fact, List<Reading> cells, Severity severity) {
        return Checks.equation(subject, Checks.plus(cells), List.of(Checks.Term.plus(Readings.fact(fact))), severity)
                .withQuote(fact.quote());
    }

    /**
     * Like {@link #againstTable}, but a figure that equals new + carried-over applications also passes
     * (domain-spec §6.4 allows either reading for the applicant breakdown).
     */
    static Evaluation againstTableOrWithCarry(Subject subject, NarrativeFact fact, List<Reading> newOnes,
                                              List<Reading> carried, Severity severity) {
        Evaluation plain = againstTable(subject, fact, newOnes, severity);
        if (plain.outcome() != Outcome.FAIL) return plain;
        List<Reading> both = new ArrayList<>(newOnes);
        both.addAll(carried);
        Evaluation withCarry = againstTable(subject, fact, both, severity);
        return withCarry.outcome() == Outcome.PASS ? withCarry : plain;
    }

    /** The stated parts of a fact add up to its stated total (channel splits, 共…N条，其中…). */
    static Evaluation partsAddUp(Subject subject, NarrativeFact fact, Severity severity) {
        List<Reading> parts = new ArrayList<>();
        for (int i = 0; i < fact.parts().size(); i++) {
            parts.add(Readings.stated("N:" + fact.kind().name() + "[" + (i + 1) + "]", fact.parts().get(i), fact));
        }
        return Checks.equation(subject, Checks.plus(parts), List.of(Checks.Term.plus(Readings.fact(fact))), severity)
                .withQuote(fact.quote());
    }
}
