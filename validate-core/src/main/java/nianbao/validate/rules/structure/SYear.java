package nianbao.validate.rules.structure;

import java.math.BigDecimal;
import java.util.ArrayList;
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

/** The year in the title and in the statistical period agree with the report year of the submission. */
public final class SYear extends CatalogueRule {

    public SYear() {
        super("S-YEAR", Severity.ERROR, "year(title) = year(period) = Y", ALL_VERSIONS);
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        int year = input.context().reportYear();
        List<Operand> operands = new ArrayList<>();
        List<String> disagreeing = new ArrayList<>();
        for (NarrativeFact title : input.report().facts(FactKind.TITLE)) {
            if (title.value() == null) continue;
            operands.add(new Operand("N:TITLE", title.value(), title.qualifierText(), title.span()));
            if (title.value().intValue() != year) disagreeing.add("标题 " + title.value().toPlainString() + " 年");
        }
        for (NarrativeFact period : input.report().facts(FactKind.STATISTICAL_PERIOD)) {
            if (!(period.qualifier() instanceof Qualifier.Period stated)) continue;
            int periodYear = stated.from().getYear();
            operands.add(new Operand("N:STATISTICAL_PERIOD", BigDecimal.valueOf(periodYear), stated.text(), period.span()));
            if (periodYear != year) disagreeing.add("统计期限 " + periodYear + " 年");
        }
        if (operands.isEmpty()) {
            return List.of(Checks.plain(Outcome.NOT_ASSESSABLE, null, formula(), List.of(Operand.item("YEAR")),
                    String.valueOf(year), null, "标题和统计期限中均未读到年度，无法检查。",
                    "No year found in the title or a statistical period; not checkable."));
        }
        if (disagreeing.isEmpty()) {
            return List.of(Checks.plain(Outcome.PASS, null, formula(), operands, String.valueOf(year), String.valueOf(year),
                    "报告中的年度与报告年度 " + year + " 一致。", "The years stated agree with the report year " + year + "."));
        }
        return List.of(Checks.plain(Outcome.FAIL, null, formula(), operands, String.valueOf(year), String.join("、", disagreeing),
                "报告年度为 " + year + " 年，但" + String.join("、", disagreeing) + "，年度不一致。请核实报告是否为本年度报告。",
                "The report year is " + year + " but the report states " + String.join(", ", disagreeing)
                        + "; check that this is the right year's report."));
    }
}
