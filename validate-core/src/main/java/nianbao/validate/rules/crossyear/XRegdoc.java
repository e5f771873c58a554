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

/** V2021 stock and flow: 现行有效_Y = 现行有效_{Y−1} + 制发_Y − 废止_Y, for 规章 and 行政规范性文件. */
public final class XRegdoc extends CatalogueRule {

    public XRegdoc() {
        super("X-REGDOC", Severity.WARNING, "VALID_{Y−1} + MADE_Y − REPEALED_Y = VALID_Y (规章, 行政规范性文件)",
                EnumSet.of(FormatVersion.V2021));
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return List.of(T2Cell.REG_MADE.ref(), T2Cell.REG_REPEALED.ref(), T2Cell.REG_VALID.ref(),
                T2Cell.NORM_MADE.ref(), T2Cell.NORM_REPEALED.ref(), T2Cell.NORM_VALID.ref());
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        Evaluation unavailable = PriorYear.unavailable(input, FormatVersion.V2021, formula());
        if (unavailable != null) return List.of(unavailable);
        int prior = input.context().reportYear() - 1;
        List<Evaluation> findings = new ArrayList<>();
        for (T2Cell[] row : new T2Cell[][] {{T2Cell.REG_MADE, T2Cell.REG_REPEALED, T2Cell.REG_VALID},
                {T2Cell.NORM_MADE, T2Cell.NORM_REPEALED, T2Cell.NORM_VALID}}) {
            Subject subject = new Subject("表二“" + row[0].rowLabel() + "”：" + prior + "年现行有效＋本年制发－本年废止＝本年现行有效",
                    "Table 2 " + row[0].row() + ": valid in " + prior + " + made − repealed = valid now");
            findings.add(Checks.equation(subject,
                    List.of(Checks.Term.plus(Readings.priorCell(input, row[2].ref())),
                            Checks.Term.plus(Readings.cell(input, row[0].ref())),
                            Checks.Term.minus(Readings.cell(input, row[1].ref()))),
                    List.of(Checks.Term.plus(Readings.cell(input, row[2].ref()))), null));
        }
        return findings;
    }
}
