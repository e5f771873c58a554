package nianbao.validate.rules.table3;

import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.TableCells;

/** Blank cells of table 三: WARNING for a blank 总计 over non-zero components, INFO for other blanks (never read as 0). */
public final class T3Blank extends CatalogueRule {

    public T3Blank() {
        super("T3-BLANK", Severity.WARNING, "no blank T3 cell (blank 总计 with non-zero components: WARNING; other blanks: INFO)",
                ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return T3Cells.of(version);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        return TableCells.blanks("表三", input, T3Cells.of(input.version()), formula());
    }
}
