package nianbao.validate.rules.narrative;

import java.util.List;
import java.util.stream.Collectors;
import nianbao.report.FactKind;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks.Subject;

/** Every narrative fact of one kind equals the sum of fixed table cells; one finding per fact. */
abstract class FactEqualsCells extends CatalogueRule {

    private final FactKind kind;
    private final List<CellRef> cells;
    private final Subject subject;

    FactEqualsCells(String id, FactKind kind, List<CellRef> cells, Subject subject) {
        super(id, Severity.WARNING, cells.stream().map(CellRef::id).collect(Collectors.joining(" + ")) + " = N:" + kind.name(),
                ALL_VERSIONS);
        this.kind = kind;
        this.cells = List.copyOf(cells);
        this.subject = subject;
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return cells;
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        return input.report().facts(kind).stream()
                .map(fact -> NarrativeChecks.againstTable(input, subject, fact, cells, null))
                .toList();
    }
}
