package nianbao.validate.rules.narrative;

import java.util.List;
import nianbao.report.FactKind;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks.Subject;

/** Internal narrative sums: "共…N条，其中a条、b条…" ⇒ a + b + … = N. */
public final class NSum extends CatalogueRule {

    public NSum() {
        super("N-SUM", Severity.INFO, "Σ N:INTERNAL_SUM[i] = N:INTERNAL_SUM", ALL_VERSIONS);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        return input.report().facts(FactKind.INTERNAL_SUM).stream()
                .map(fact -> NarrativeChecks.partsAddUp(new Subject("正文所列分项之和与所述合计",
                        "The narrative's listed items add up to its stated total"), fact, null))
                .toList();
    }
}
