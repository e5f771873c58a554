package nianbao.validate.rules.crossyear;

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
import nianbao.validate.rules.Readings;

/** V2019: 上一年项目数量_Y = 上一年项目数量_{Y−1} + 本年增/减_{Y−1}, for every item row. */
public final class XV19Items extends CatalogueRule {

    private static final List<String> ITEM_ROWS = List.of("LICENSE", "OTHER_SERVICE", "PUNISH", "COERCE", "FEE");

    public XV19Items() {
        super("X-V19-ITEMS", Severity.WARNING, "PREV_ITEMS_{Y−1} + CHANGE_{Y−1} = PREV_ITEMS_Y", EnumSet.of(FormatVersion.V2019));
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        List<CellRef> refs = new ArrayList<>();
        for (String row : ITEM_ROWS) {
            refs.add(T2Cell.of(FormatVersion.V2019, row, "PREV_ITEMS").ref());
            refs.add(T2Cell.of(FormatVersion.V2019, row, "CHANGE").ref());
        }
        return refs;
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        Evaluation unavailable = PriorYear.unavailable(input, FormatVersion.V2019, formula());
        if (unavailable != null) return List.of(unavailable);
        int prior = input.context().reportYear() - 1;
        List<Evaluation> findings = new ArrayList<>();
        for (String row : ITEM_ROWS) {
            T2Cell items = T2Cell.of(FormatVersion.V2019, row, "PREV_ITEMS");
            T2Cell change = T2Cell.of(FormatVersion.V2019, row, "CHANGE");
            Subject subject = new Subject("表二“" + items.rowLabel() + "”：" + prior + "年上一年项目数量＋本年增/减＝本年上一年项目数量",
                    "Table 2 " + row + ": items and change in " + prior + " = items now");
            findings.add(Checks.equation(subject,
                    List.of(Checks.Term.plus(Readings.priorCell(input, items.ref())),
                            Checks.Term.plus(Readings.priorCell(input, change.ref()))),
                    List.of(Checks.Term.plus(Readings.cell(input, items.ref()))), null));
        }
        return findings;
    }
}
