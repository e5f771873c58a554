package nianbao.validate.rules.narrative;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.FormatVersion;
import nianbao.report.NarrativeFact;
import nianbao.report.Qualifier;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks.Subject;

/**
 * An outcome category count in the narrative equals the 总计 of the table rows it names: the fact's qualifier
 * lists row ids or group prefixes joined by "+" ("R3.1", "R3.1+R3.2", "R3.3" = all 不予公开 leaves), which the
 * parser maps from current and pre-2019 wording alike (longting: 同意公开 → R3.1).
 */
public final class NOutcome extends CatalogueRule {

    public NOutcome() {
        super("N-OUTCOME", Severity.WARNING, "N:OUTCOME = Σ T3[rows of the category][TOT]", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return T3Row.leavesOf(version).stream().map(r -> CellRef.t3(r, T3Column.TOT)).toList();
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Evaluation> findings = new ArrayList<>();
        for (NarrativeFact fact : input.report().facts(FactKind.OUTCOME)) {
            Qualifier.T3Rows named = fact.qualifier(Qualifier.T3Rows.class);
            List<T3Row> rows = rowsOf(named, input.version());
            if (rows.isEmpty()) continue; // a category the parser could not map: nothing to compare with
            List<CellRef> cells = rows.stream().map(r -> CellRef.t3(r, T3Column.TOT)).toList();
            findings.add(NarrativeChecks.againstTable(input, new Subject("正文所述办理结果（" + named.text() + "）件数与表三对应行总计",
                    "Outcome count per the narrative (" + named.text() + ") vs table 3"), fact, cells, null));
        }
        return findings;
    }

    /** The leaf rows the fact names; empty when it names none of this version. */
    static List<T3Row> rowsOf(Qualifier.T3Rows named, FormatVersion version) {
        List<T3Row> rows = new ArrayList<>();
        if (named == null) return rows;
        for (String prefix : named.ids()) rows.addAll(T3Row.leavesUnder(prefix, version));
        return rows;
    }
}
