package nianbao.validate.rules.narrative;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.FormatVersion;
import nianbao.report.NarrativeFact;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T2Cell;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks.Subject;

/**
 * The narrative's 规范性文件 counts equal table 二: 制发 N 件 ⇒ NORM.MADE (V2019: NORM.NEW_MADE); 现行有效 N 件 ⇒
 * NORM.VALID (V2021 only: V2019 has no stock column).
 */
public final class NRegdoc extends CatalogueRule {

    public NRegdoc() {
        super("N-REGDOC", Severity.WARNING, "N:REGDOC_MADE = T2.NORM.MADE (V2019 T2.NORM.NEW_MADE); N:REGDOC_VALID = T2.NORM.VALID",
                ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return version == FormatVersion.V2019 ? List.of(T2Cell.V19_NORM_NEW_MADE.ref())
                : List.of(T2Cell.NORM_MADE.ref(), T2Cell.NORM_VALID.ref());
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        boolean v2019 = input.version() == FormatVersion.V2019;
        List<Evaluation> findings = new ArrayList<>();
        CellRef made = v2019 ? T2Cell.V19_NORM_NEW_MADE.ref() : T2Cell.NORM_MADE.ref();
        for (NarrativeFact fact : input.report().facts(FactKind.REGDOC_MADE)) {
            findings.add(NarrativeChecks.againstTable(input, new Subject("正文所述本年制发规范性文件件数与表二",
                    "Normative documents made per the narrative vs table 2"), fact,
                    List.of(made), null));
        }
        if (!v2019) {
            for (NarrativeFact fact : input.report().facts(FactKind.REGDOC_VALID)) {
                findings.add(NarrativeChecks.againstTable(input, new Subject("正文所述现行有效规范性文件件数与表二",
                        "Normative documents in force per the narrative vs table 2"), fact,
                        List.of(T2Cell.NORM_VALID.ref()), null));
            }
        }
        return findings;
    }
}
