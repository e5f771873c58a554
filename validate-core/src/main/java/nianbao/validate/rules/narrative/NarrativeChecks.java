package nianbao.validate.rules.narrative;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.NarrativeFact;
import nianbao.report.tables.CellRef;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.Checks;
import nianbao.validate.rules.Checks.Subject;
import nianbao.validate.rules.Reading;
import nianbao.validate.rules.Readings;

/**
 * A figure quoted in the narrative against the table cells it restates, quoting the narrative sentence. Only certain
 * cells can contradict the narrative: an inferred cell, a blank 总计 derived from its components or a blank cell (a
 * blank is not a stated 0: the narrative's figure may be what the agency meant to fill in) gives UNCERTAIN
 * ({@link Checks#outcome}), a missing one NOT_ASSESSABLE.
 */
final class NarrativeChecks {

    private NarrativeChecks() {
    }

    /** {@code Σ cells = fact}: expected = the table's value, actual = the narrative's. */
    static Evaluation againstTable(RuleInput input, Subject subject, NarrativeFact fact, List<CellRef> cells, Severity severity) {
        return Checks.equation(subject, Checks.plus(read(input, cells)), List.of(Checks.Term.plus(Readings.fact(fact))), severity)
                .withQuote(fact.quote());
    }

    /**
     * Like {@link #againstTable}, but a figure that equals new + carried-over applications also passes
     * (domain-spec §6.4 allows either reading for the applicant breakdown).
     */
    static Evaluation againstTableOrWithCarry(RuleInput input, Subject subject, NarrativeFact fact, List<CellRef> newOnes,
                                              List<CellRef> carried, Severity severity) {
        Evaluation plain = againstTable(input, subject, fact, newOnes, severity);
        if (plain.outcome() != Outcome.FAIL) return plain;
        List<CellRef> both = new ArrayList<>(newOnes);
        both.addAll(carried);
        Evaluation withCarry = againstTable(input, subject, fact, both, severity);
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

    static List<Reading> read(RuleInput input, List<CellRef> cells) {
        return cells.stream().map(ref -> Readings.cell(input, ref)).toList();
    }
}
