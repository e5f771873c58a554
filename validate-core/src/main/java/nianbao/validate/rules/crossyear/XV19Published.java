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

/** V2019: 对外公开总数量_Y = 对外公开总数量_{Y−1} + 本年新公开数量_Y, for 规章 and 规范性文件. */
public final class XV19Published extends CatalogueRule {

    public XV19Published() {
        super("X-V19-PUBLISHED", Severity.WARNING, "PUBLISHED_TOTAL_{Y−1} + NEW_PUBLISHED_Y = PUBLISHED_TOTAL_Y",
                EnumSet.of(FormatVersion.V2019));
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return List.of(T2Cell.V19_REG_NEW_PUBLISHED.ref(), T2Cell.V19_REG_PUBLISHED_TOTAL.ref(),
                T2Cell.V19_NORM_NEW_PUBLISHED.ref(), T2Cell.V19_NORM_PUBLISHED_TOTAL.ref());
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        Evaluation unavailable = PriorYear.unavailable(input, FormatVersion.V2019, formula());
        if (unavailable != null) return List.of(unavailable);
        int prior = input.context().reportYear() - 1;
        List<Evaluation> findings = new ArrayList<>();
        for (T2Cell[] row : new T2Cell[][] {{T2Cell.V19_REG_NEW_PUBLISHED, T2Cell.V19_REG_PUBLISHED_TOTAL},
                {T2Cell.V19_NORM_NEW_PUBLISHED, T2Cell.V19_NORM_PUBLISHED_TOTAL}}) {
            Subject subject = new Subject("表二“" + row[0].rowLabel() + "”：" + prior + "年对外公开总数量＋本年新公开数量＝本年对外公开总数量",
                    "Table 2 " + row[0].row() + ": total published in " + prior + " + newly published = total now");
            findings.add(Checks.equation(subject,
                    List.of(Checks.Term.plus(Readings.priorCell(input, row[1].ref())),
                            Checks.Term.plus(Readings.cell(input, row[0].ref()))),
                    List.of(Checks.Term.plus(Readings.cell(input, row[1].ref()))), null));
        }
        return findings;
    }
}
