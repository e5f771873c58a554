package nianbao.validate.rules.narrative;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.FormatVersion;
import nianbao.report.NarrativeFact;
import nianbao.report.Qualifier;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T4Column;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;
import nianbao.validate.rules.Checks.Subject;
import nianbao.validate.rules.Reading;
import nianbao.validate.rules.Readings;

/**
 * 行政复议 N 件 in the narrative equals T4[RV.TOTAL]; a claim "均获维持" needs no corrected, other or pending case,
 * "未被纠错" no corrected case.
 */
public final class NReview extends CatalogueRule {

    private static final CellRef TOTAL = CellRef.t4(T4Column.RV_TOTAL);

    public NReview() {
        super("N-REVIEW", Severity.WARNING, "N:REVIEW_COUNT = T4[RV.TOTAL]; 均获维持 ⇒ RV.CORRECT = RV.OTHER = RV.PENDING = 0; "
                + "未被纠错 ⇒ RV.CORRECT = 0", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return List.of(CellRef.t4(T4Column.RV_CORRECT), CellRef.t4(T4Column.RV_OTHER), CellRef.t4(T4Column.RV_PENDING), TOTAL);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Evaluation> findings = new ArrayList<>();
        for (NarrativeFact fact : input.report().facts(FactKind.REVIEW_COUNT)) {
            findings.add(NarrativeChecks.againstTable(input, new Subject("正文所述行政复议件数与表四“行政复议·总计”",
                    "Administrative reviews per the narrative vs table 4 RV.TOTAL"), fact,
                    List.of(TOTAL), null));
        }
        for (NarrativeFact claim : input.report().facts(FactKind.REVIEW_OUTCOME_CLAIM)) {
            if (!(claim.qualifier() instanceof Qualifier.ReviewClaim stated)) continue;
            String q = stated.words();
            List<T4Column> mustBeZero = stated.allUpheld()
                    ? List.of(T4Column.RV_CORRECT, T4Column.RV_OTHER, T4Column.RV_PENDING) : List.of(T4Column.RV_CORRECT);
            List<Reading> cells = mustBeZero.stream().map(c -> Readings.cell(input, CellRef.t4(c))).toList();
            List<Reading> nonZero = cells.stream().filter(r -> r.value() != null && r.value().signum() != 0).toList();
            String listed = String.join("、", nonZero.stream().map(r -> r.id() + "=" + r.text()).toList());
            findings.add(Checks.judge(new Subject("正文称行政复议“" + q + "”与表四", "The narrative's claim \"" + q
                            + "\" on administrative reviews vs table 4"), cells, nonZero.isEmpty(), null,
                    String.join(" = ", mustBeZero.stream().map(c -> "T4[" + c.id() + "]").toList()) + " = 0", "0", listed,
                    "表四显示 " + listed + "，与“" + q + "”的说法矛盾", "table 4 shows " + listed + ", contradicting \"" + q + "\"")
                    .withQuote(claim.quote()));
        }
        return findings;
    }
}
