package nianbao.validate.rules.narrative;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.FormatVersion;
import nianbao.report.NarrativeFact;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks.Subject;

/**
 * The narrative's split of applications: 自然人 N 件 ⇒ T3[R1][NAT], 法人或其他组织 N 件 ⇒ Σ T3[R1][COM..OTH]
 * (either also with 上年结转 added), and a channel split (当面/网络/信函…) adds up to its stated total.
 */
public final class NApplyBreakdown extends CatalogueRule {

    public NApplyBreakdown() {
        super("N-APPLY-BREAKDOWN", Severity.WARNING,
                "N:APPLICATIONS_NATURAL_PERSONS = T3[R1][NAT]; N:APPLICATIONS_LEGAL_PERSONS = Σ T3[R1][COM..OTH]; Σ channels = stated total",
                ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        List<CellRef> refs = new ArrayList<>();
        for (T3Row row : List.of(T3Row.R1, T3Row.R2)) T3Column.APPLICANTS.forEach(c -> refs.add(CellRef.t3(row, c)));
        return refs;
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Evaluation> findings = new ArrayList<>();
        for (NarrativeFact fact : input.report().facts(FactKind.APPLICATIONS_NATURAL_PERSONS)) {
            findings.add(NarrativeChecks.againstTableOrWithCarry(input,
                    new Subject("正文所述自然人申请数与表三“自然人”列", "Natural-person applications per the narrative vs table 3"),
                    fact, cells(T3Row.R1, List.of(T3Column.NAT)), cells(T3Row.R2, List.of(T3Column.NAT)), null));
        }
        for (NarrativeFact fact : input.report().facts(FactKind.APPLICATIONS_LEGAL_PERSONS)) {
            findings.add(NarrativeChecks.againstTableOrWithCarry(input,
                    new Subject("正文所述法人或其他组织申请数与表三“法人或其他组织”各列之和",
                            "Legal-person applications per the narrative vs table 3"),
                    fact, cells(T3Row.R1, T3Column.LEGAL_PERSONS), cells(T3Row.R2, T3Column.LEGAL_PERSONS), null));
        }
        for (NarrativeFact fact : input.report().facts(FactKind.APPLICATIONS_BY_CHANNEL)) {
            findings.add(NarrativeChecks.partsAddUp(new Subject("正文所述各申请渠道数之和与所述申请总数",
                    "The narrative's application channels add up to its stated total"), fact, null));
        }
        return findings;
    }

    private static List<CellRef> cells(T3Row row, List<T3Column> columns) {
        return columns.stream().map(c -> CellRef.t3(row, c)).toList();
    }
}
