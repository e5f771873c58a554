package nianbao.validate.rules.crossyear;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;
import nianbao.validate.rules.Checks.Subject;
import nianbao.validate.rules.Readings;

/**
 * This year's 上年结转 equals last year's 结转下年度继续办理, in every column. Both formats share rows R2 and R4,
 * so a V2021 year compares with a V2019 year too.
 */
public final class XCarry extends CatalogueRule {

    public XCarry() {
        super("X-CARRY", Severity.ERROR, "∀c: T3_{Y−1}[R4][c] = T3_Y[R2][c]", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        List<CellRef> refs = new ArrayList<>();
        for (T3Column c : T3Column.values()) {
            refs.add(CellRef.t3(T3Row.R2, c));
            refs.add(CellRef.t3(T3Row.R4, c));
        }
        return refs;
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        if (input.priorYear() == null) return List.of(PriorYear.unavailable(input, input.version(), formula()));
        int prior = input.context().reportYear() - 1;
        List<Evaluation> findings = new ArrayList<>();
        for (T3Column c : T3Column.values()) {
            Subject subject = new Subject("表三“" + c.label() + "”列：本年“上年结转”＝" + prior + "年度“结转下年度继续办理”",
                    "Table 3 column " + c.name() + ": carried over this year = carried forward in " + prior);
            findings.add(Checks.equation(subject,
                    List.of(Checks.Term.plus(Readings.priorCell(input, CellRef.t3(T3Row.R4, c)))),
                    List.of(Checks.Term.plus(Readings.cell(input, CellRef.t3(T3Row.R2, c)))), null));
        }
        return findings;
    }
}
