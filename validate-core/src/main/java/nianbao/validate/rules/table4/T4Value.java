package nianbao.validate.rules.table4;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks.Subject;
import nianbao.validate.rules.TableCells;

/**
 * Table 四 values are non-negative integers (ERROR); blanks are reported like T3-BLANK: a blank 总计 over non-zero
 * components as WARNING, other blanks as INFO.
 */
public final class T4Value extends CatalogueRule {

    public T4Value() {
        super("T4-VALUE", Severity.ERROR, "every non-blank T4 cell ∈ ℕ; blanks reported", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return T4Cells.all();
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Evaluation> findings = new ArrayList<>();
        findings.add(TableCells.valuesValid(new Subject("表四数值", "Table 4 values"), input, T4Cells.all(),
                (ref, v) -> TableCells.isNonNegativeInteger(v), "非负整数", formula()));
        findings.addAll(TableCells.blanks("表四", input, T4Cells.all(), formula()));
        return findings;
    }
}
