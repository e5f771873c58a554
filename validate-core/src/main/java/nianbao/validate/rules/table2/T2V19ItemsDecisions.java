package nianbao.validate.rules.table2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T2Cell;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;
import nianbao.validate.rules.Checks.Subject;
import nianbao.validate.rules.Reading;
import nianbao.validate.rules.Readings;

/** V2019: decisions without any item (上一年项目数量 + 本年增/减 = 0 but 处理决定数量 > 0), per item row. */
public final class T2V19ItemsDecisions extends CatalogueRule {

    /** The item rows that carry 上一年项目数量, 本年增/减 and 处理决定数量. */
    private static final List<String> ITEM_ROWS = List.of("LICENSE", "OTHER_SERVICE", "PUNISH", "COERCE");

    public T2V19ItemsDecisions() {
        super("T2-V19-ITEMS-DECISIONS", Severity.WARNING, "¬(PREV_ITEMS + CHANGE = 0 ∧ DECISIONS > 0)",
                EnumSet.of(FormatVersion.V2019));
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        List<CellRef> refs = new ArrayList<>();
        for (String row : ITEM_ROWS) {
            for (String column : List.of("PREV_ITEMS", "CHANGE", "DECISIONS")) refs.add(T2Cell.of(FormatVersion.V2019, row, column).ref());
        }
        return refs;
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Evaluation> findings = new ArrayList<>();
        for (String row : ITEM_ROWS) {
            T2Cell prevCell = T2Cell.of(FormatVersion.V2019, row, "PREV_ITEMS");
            Reading prev = Readings.cell(input, prevCell.ref());
            Reading change = Readings.cell(input, T2Cell.of(FormatVersion.V2019, row, "CHANGE").ref());
            Reading decisions = Readings.cell(input, T2Cell.of(FormatVersion.V2019, row, "DECISIONS").ref());
            List<Reading> readings = List.of(prev, change, decisions);
            String formula = prev.id() + " + " + change.id() + " = 0 ⇒ " + decisions.id() + " = 0";
            Subject subject = new Subject("表二“" + prevCell.rowLabel() + "”：有处理决定必有事项",
                    "Table 2 " + row + ": decisions require items");
            boolean holds = true;
            String items = null;
            if (readings.stream().noneMatch(Reading::isMissing)) {
                BigDecimal itemCount = prev.value().add(change.value());
                items = Checks.text(itemCount);
                holds = !(itemCount.signum() == 0 && decisions.value().signum() > 0);
            }
            findings.add(Checks.judge(subject, readings, holds, null, formula, "0", decisions.text(),
                    "事项数为 " + prev.text() + " + " + change.text() + " = " + items + "，处理决定数量却为 " + decisions.text()
                            + "，请核实事项数量或决定数量是否填错",
                    "items " + prev.text() + " + " + change.text() + " = " + items + " but " + decisions.text()
                            + " decisions; either the item count or the decision count is wrong"));
        }
        return findings;
    }
}
