package nianbao.validate.rules.table2;

import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T2Cell;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks.Subject;
import nianbao.validate.rules.TableCells;

/** Counts are non-negative integers, V2019 本年增/减 signed integers, money (万元) non-negative decimals. */
public final class T2Value extends CatalogueRule {

    public T2Value() {
        super("T2-VALUE", Severity.ERROR, "COUNT ∈ ℕ; SIGNED (本年增/减) ∈ ℤ; MONEY ≥ 0", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return T2Cell.cellsOf(version).stream().map(T2Cell::ref).toList();
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        FormatVersion version = input.version();
        return List.of(TableCells.valuesValid(new Subject("表二数值", "Table 2 values"), input, reads(version),
                (ref, v) -> switch (T2Cell.of(version, ref.row(), ref.column()).kind()) {
                    case COUNT -> TableCells.isNonNegativeInteger(v);
                    case SIGNED -> v.stripTrailingZeros().scale() <= 0;
                    case MONEY -> v.signum() >= 0;
                },
                "合法数值（件数为非负整数、增减为整数、金额不小于 0）", formula()));
    }
}
