package nianbao.validate.rules.table3;

import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks.Subject;
import nianbao.validate.rules.TableCells;

/** Every non-blank cell of table 三 is a non-negative integer (a count of applications). */
public final class T3Value extends CatalogueRule {

    public T3Value() {
        super("T3-VALUE", Severity.ERROR, "every non-blank T3 cell ∈ ℕ", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return T3Cells.of(version);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        return List.of(TableCells.valuesValid(new Subject("表三数值", "Table 3 values"), input,
                T3Cells.of(input.version()), (ref, v) -> TableCells.isNonNegativeInteger(v), "非负整数", formula()));
    }
}
