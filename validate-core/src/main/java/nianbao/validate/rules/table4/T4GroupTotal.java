package nianbao.validate.rules.table4;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T4Column;
import nianbao.report.tables.TableEquation;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;
import nianbao.validate.rules.Checks.Subject;

/** A table-四 group's 总计 equals 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
abstract class T4GroupTotal extends CatalogueRule {

    private final T4Column.Group group;
    private final TableEquation sum;
    private final Subject subject;

    T4GroupTotal(String id, T4Column.Group group) {
        super(id, Severity.ERROR, "T4[" + group.name() + ".MAINTAIN] + T4[" + group.name() + ".CORRECT] + T4["
                + group.name() + ".OTHER] + T4[" + group.name() + ".PENDING] = T4[" + group.name() + ".TOTAL]", ALL_VERSIONS);
        this.group = group;
        this.sum = TableEquation.groupTotal(group);
        this.subject = new Subject("表四“" + group.label() + "”：结果维持＋结果纠正＋其他结果＋尚未审结＝总计",
                "Table 4 " + group.name() + ": maintained + corrected + other + pending = total");
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        List<CellRef> refs = new ArrayList<>();
        group.components().forEach(c -> refs.add(CellRef.t4(c)));
        refs.add(CellRef.t4(group.total()));
        return refs;
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        return List.of(Checks.rowSumUnlessReadByIt(input, sum, subject, null));
    }
}
