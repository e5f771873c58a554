package nianbao.validate.rules.table2;

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

/** V2019: 本年新公开数量 ≤ 对外公开总数量 (the total is cumulative), for 规章 and 规范性文件. */
public final class T2V19PublishedLeTotal extends CatalogueRule {

    public T2V19PublishedLeTotal() {
        super("T2-V19-PUBLISHED-LE-TOTAL", Severity.WARNING, "NEW_PUBLISHED ≤ PUBLISHED_TOTAL", EnumSet.of(FormatVersion.V2019));
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return List.of(T2Cell.V19_REG_NEW_PUBLISHED.ref(), T2Cell.V19_REG_PUBLISHED_TOTAL.ref(),
                T2Cell.V19_NORM_NEW_PUBLISHED.ref(), T2Cell.V19_NORM_PUBLISHED_TOTAL.ref());
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Evaluation> findings = new ArrayList<>();
        for (T2Cell[] pair : new T2Cell[][] {{T2Cell.V19_REG_NEW_PUBLISHED, T2Cell.V19_REG_PUBLISHED_TOTAL},
                {T2Cell.V19_NORM_NEW_PUBLISHED, T2Cell.V19_NORM_PUBLISHED_TOTAL}}) {
            Reading published = Readings.cell(input, pair[0].ref());
            Reading total = Readings.cell(input, pair[1].ref());
            boolean holds = published.isMissing() || total.isMissing() || published.value().compareTo(total.value()) <= 0;
            findings.add(Checks.judge(new Subject("表二“" + pair[0].rowLabel() + "”：本年新公开数量不超过对外公开总数量",
                            "Table 2 " + pair[0].row() + ": newly published ≤ total published"),
                    List.of(published, total), holds, null, published.id() + " ≤ " + total.id(),
                    "≤ " + total.text(), published.text(),
                    "本年新公开 " + published.text() + " 件，大于对外公开总数量 " + total.text() + " 件（总数量应为累计数）",
                    "newly published " + published.text() + " exceeds the cumulative total " + total.text()));
        }
        return findings;
    }
}
