package nianbao.validate.rules.crossyear;

import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.rules.Checks;

/** What every cross-year rule says when it has no comparable year − 1 report. */
final class PriorYear {

    private PriorYear() {
    }

    /**
     * Null when the prior year is there in {@code version}; otherwise the NOT_ASSESSABLE finding explaining why
     * (no report for year − 1 yet, or one in another format).
     */
    static Evaluation unavailable(RuleInput input, FormatVersion version, String formula) {
        int prior = input.context().reportYear() - 1;
        if (input.priorYear() == null) {
            return Checks.plain(Outcome.NOT_ASSESSABLE, null, formula, List.of(Operand.item("REPORT@" + prior)), null, null,
                    "跨年度检查：尚无本机关 " + prior + " 年度报告，暂不能检查；收到该年度报告后将重新检查。",
                    "Cross-year check: no " + prior + " report of this agency yet; it is re-run when that report arrives.");
        }
        if (RuleInput.effective(input.priorYear().version()) != version) {
            return Checks.plain(Outcome.NOT_ASSESSABLE, null, formula, List.of(Operand.item("REPORT@" + prior)), null, null,
                    "跨年度检查：" + prior + " 年度报告采用另一格式版本，相关栏目不可比，不作检查。",
                    "Cross-year check: the " + prior + " report uses another format version; the cells are not comparable.");
        }
        return null;
    }
}
