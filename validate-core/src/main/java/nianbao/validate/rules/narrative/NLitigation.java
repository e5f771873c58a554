package nianbao.validate.rules.narrative;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.FormatVersion;
import nianbao.report.NarrativeFact;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T4Column;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks.Subject;

/**
 * 行政诉讼 N 件 in the narrative equals T4[LD.TOTAL] + T4[LR.TOTAL]; "未发生/未产生…行政复议和行政诉讼" requires all
 * three table-四 totals to be 0.
 */
public final class NLitigation extends CatalogueRule {

    private static final List<CellRef> LITIGATION = List.of(CellRef.t4(T4Column.LD_TOTAL), CellRef.t4(T4Column.LR_TOTAL));
    private static final List<CellRef> ALL_TOTALS = List.of(CellRef.t4(T4Column.RV_TOTAL), CellRef.t4(T4Column.LD_TOTAL),
            CellRef.t4(T4Column.LR_TOTAL));

    public NLitigation() {
        super("N-LITIGATION", Severity.WARNING, "N:LITIGATION_COUNT = T4[LD.TOTAL] + T4[LR.TOTAL]; "
                + "N:NO_REVIEW_OR_LITIGATION ⇒ T4[RV.TOTAL] + T4[LD.TOTAL] + T4[LR.TOTAL] = 0", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return ALL_TOTALS;
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Evaluation> findings = new ArrayList<>();
        for (NarrativeFact fact : input.report().facts(FactKind.LITIGATION_COUNT)) {
            findings.add(NarrativeChecks.againstTable(input, new Subject("正文所述行政诉讼件数与表四两类行政诉讼总计之和",
                    "Lawsuits per the narrative vs table 4 LD.TOTAL + LR.TOTAL"), fact, LITIGATION, null));
        }
        for (NarrativeFact fact : input.report().facts(FactKind.NO_REVIEW_OR_LITIGATION)) {
            findings.add(NarrativeChecks.againstTable(input, new Subject("正文称未发生行政复议和行政诉讼，表四各总计应为 0",
                    "The narrative says there were no reviews or lawsuits: table 4 totals must be 0"), fact,
                    ALL_TOTALS, null));
        }
        return findings;
    }
}
