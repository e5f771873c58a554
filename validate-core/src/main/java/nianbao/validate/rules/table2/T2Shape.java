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

/** Table 二 has every row of its version, the 规章 row included even when all 0 (qidong omits it). */
public final class T2Shape extends CatalogueRule {

    public T2Shape() {
        super("T2-SHAPE", Severity.WARNING, "all rows of the version's table 二 present", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return T2Cell.cellsOf(version).stream().map(T2Cell::ref).toList();
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<CellRef> refs = reads(input.version());
        return List.of(TableCells.allPresent(new Subject("表二（主动公开政府信息情况）结构", "Table 2 shape"),
                input, refs, String.valueOf(refs.size())));
    }
}
