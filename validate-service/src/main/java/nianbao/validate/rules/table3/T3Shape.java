package nianbao.validate.rules.table3;

import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Row;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks.Subject;
import nianbao.validate.rules.TableCells;

/**
 * Table 三 has all 25 (V2021) / 23 (V2019) rows × 7 values. A short row whose columns the parser could still
 * place (longting: 6 values, all cells read) is a parse diagnostic, not a shape defect; missing cells are.
 * WARNING throughout, as domain-spec §9.6 expects for qidong (rows used by T3-BALANCE missing) — the rules on
 * those rows report themselves as not checkable.
 */
public final class T3Shape extends CatalogueRule {

    public T3Shape() {
        super("T3-SHAPE", Severity.WARNING, "25 (V2021) / 23 (V2019) rows × 7 value columns present", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return T3Cells.of(version);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        int rows = T3Row.rowsOf(input.version()).size();
        return List.of(TableCells.allPresent(new Subject("表三（收到和处理政府信息公开申请情况）结构", "Table 3 shape"),
                input.report(), T3Cells.of(input.version()), rows + "×7"));
    }
}
