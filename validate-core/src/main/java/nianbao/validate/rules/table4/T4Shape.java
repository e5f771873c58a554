package nianbao.validate.rules.table4;

import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks.Subject;
import nianbao.validate.rules.TableCells;

/** Table 四 has exactly 15 value cells (kunwu: 14, the last 总计 missing). */
public final class T4Shape extends CatalogueRule {

    public T4Shape() {
        super("T4-SHAPE", Severity.WARNING, "15 value cells present", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return T4Cells.all();
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        return List.of(TableCells.allPresent(new Subject("表四（行政复议、行政诉讼情况）结构", "Table 4 shape"),
                input, T4Cells.all(), "15"));
    }
}
