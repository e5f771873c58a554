package nianbao.validate.rules.structure;

import java.time.LocalDate;
import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.report.Qualifier;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;

/** A stated statistical period must be Y-01-01 … Y-12-31 (WARNING); no stated period is an INFO. */
public final class SPeriod extends CatalogueRule {

    public SPeriod() {
        super("S-PERIOD", Severity.WARNING, "stated statistical period = Y-01-01/Y-12-31", ALL_VERSIONS);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        int year = input.context().reportYear();
        Qualifier.Period wholeYear = new Qualifier.Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        String expected = wholeYear.text();
        List<NarrativeFact> periods = input.report().facts(FactKind.STATISTICAL_PERIOD);
        if (periods.isEmpty()) {
            return List.of(Checks.plain(Outcome.FAIL, Severity.INFO, formula(), List.of(Operand.item("PERIOD")), expected, null,
                    "报告未说明统计期限（通常写明“本报告所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止”）。",
                    "The report states no statistical period."));
        }
        return periods.stream().map(p -> {
            String stated = p.qualifierText();
            List<Operand> operands = List.of(new Operand("PERIOD:" + stated, null, stated, p.span()));
            Evaluation e;
            if (stated == null) {
                e = Checks.plain(Outcome.NOT_ASSESSABLE, null, formula(), operands, expected, null,
                        "统计期限的日期未能读取，无法检查。", "The dates of the stated period could not be read; not checkable.");
            } else if (wholeYear.equals(p.qualifier())) {
                e = Checks.plain(Outcome.PASS, null, formula(), operands, expected, stated,
                        "统计期限为整个报告年度。", "The statistical period is the report year.");
            } else {
                e = Checks.plain(Outcome.FAIL, null, formula(), operands, expected, stated,
                        "所述统计期限 " + stated + " 不是报告年度 " + expected + "。请核实数据口径。",
                        "The stated period " + stated + " is not the report year " + expected + "; check what the figures cover.");
            }
            return e.withQuote(p.quote());
        }).toList();
    }
}
