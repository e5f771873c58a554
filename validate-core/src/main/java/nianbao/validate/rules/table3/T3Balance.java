package nianbao.validate.rules.table3;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.TableEquation;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;
import nianbao.validate.rules.Checks.Subject;

/**
 * The balance printed in table 三 itself (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和), checked
 * in every column — checking 总计 alone misses column errors. One finding per column.
 */
public final class T3Balance extends CatalogueRule {

    private static final List<T3Row> ROWS = List.of(T3Row.R1, T3Row.R2, T3Row.R3_7, T3Row.R4);

    /** One column's check, the same for every report: built once. */
    private record ColumnCheck(TableEquation balance, Subject subject) {

        ColumnCheck(T3Column c) {
            this(TableEquation.balance(c), new Subject(
                    "表三“" + c.label() + "”列勾稽关系（本年新收＋上年结转＝办理结果总计＋结转下年度继续办理）",
                    "Table 3 column " + c.name() + " balance (new + carried over = outcomes total + carried forward)"));
        }
    }

    private static final List<ColumnCheck> CHECKS = Arrays.stream(T3Column.values()).map(ColumnCheck::new).toList();

    public T3Balance() {
        super("T3-BALANCE", Severity.ERROR, "∀c: T3[R1][c] + T3[R2][c] = T3[R3.7][c] + T3[R4][c]", ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        List<CellRef> refs = new ArrayList<>();
        for (T3Row row : ROWS) for (T3Column c : T3Column.values()) refs.add(CellRef.t3(row, c));
        return refs;
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        List<Evaluation> findings = new ArrayList<>();
        for (ColumnCheck check : CHECKS) findings.add(Checks.equation(input, check.balance(), check.subject(), null));
        return findings;
    }
}
