package nianbao.report;

import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * What each rule of domain-spec §6.8 (and each parse diagnostic of §6.7) checks, in a few Chinese words, for the
 * screens that list rules rather than findings (statistics, exports): a supervisor reads 表三“新收＋结转＝办结＋结转下年度”,
 * not T3-BALANCE. validate-core's RuleTitlesTest keeps this list and its catalogue in step.
 */
public final class RuleTitles {

    private static final Map<String, String> ZH = Map.ofEntries(
            entry("T3-BALANCE", "表三：新收＋上年结转＝办理结果总计＋结转下年度"),
            entry("T3-ROWSUM", "表三：各类申请人之和＝总计"),
            entry("T3-OUTCOME-TOTAL", "表三：各项办理结果之和＝（七）总计"),
            entry("T3-SHAPE", "表三：行列齐全"),
            entry("T3-VALUE", "表三：数值为非负整数"),
            entry("T3-BLANK", "表三：空白单元格"),
            entry("T4-REVIEW-TOTAL", "表四：行政复议各项之和＝总计"),
            entry("T4-DIRECT-TOTAL", "表四：未经复议直接起诉各项之和＝总计"),
            entry("T4-POSTREVIEW-TOTAL", "表四：复议后起诉各项之和＝总计"),
            entry("T4-SHAPE", "表四：15 个数值齐全"),
            entry("T4-VALUE", "表四：数值为非负整数"),
            entry("T2-SHAPE", "表二：各行齐全"),
            entry("T2-VALUE", "表二：数值格式"),
            entry("T2-MONEY-UNIT", "表二：金额单位"),
            entry("T2-RULES-AUTHORITY", "表二：规章制定权限"),
            entry("T2-V19-ITEMS-DECISIONS", "表二（2019年版）：无事项却有处理决定"),
            entry("T2-V19-PUBLISHED-LE-TOTAL", "表二（2019年版）：新公开数量不超过对外公开总数量"),
            entry("N-APPLY-TOTAL", "正文所述收到申请数与表三一致"),
            entry("N-APPLY-BREAKDOWN", "正文所述各类申请人数与表三一致"),
            entry("N-CLOSED-TOTAL", "正文所述办结数与表三一致"),
            entry("N-CARRY", "正文所述结转数与表三一致"),
            entry("N-OUTCOME", "正文所述办理结果与表三一致"),
            entry("N-PERCENT", "正文所述百分比正确"),
            entry("N-REVIEW", "正文所述行政复议与表四一致"),
            entry("N-LITIGATION", "正文所述行政诉讼与表四一致"),
            entry("N-REGDOC", "正文所述规范性文件数与表二一致"),
            entry("N-SUM", "正文中的分项之和等于所述合计"),
            entry("X-CARRY", "上年结转＝上一年度报告的结转下年度"),
            entry("X-REGDOC", "现行有效件数与上一年度衔接"),
            entry("X-V19-ITEMS", "表二（2019年版）：项目数量与上一年度衔接"),
            entry("X-V19-PUBLISHED", "表二（2019年版）：对外公开总数量与上一年度衔接"),
            entry("X-COPY", "正文与上一年度报告雷同"),
            entry("S-VERSION", "采用该年度应使用的报告格式"),
            entry("S-SECTIONS", "六个部分齐全"),
            entry("S-SECTION-ORDER", "各部分的顺序和序号"),
            entry("S-OVERVIEW-TOPICS", "总体情况涵盖规定的各项内容"),
            entry("S-TITLE", "报告标题规范"),
            entry("S-PERIOD", "统计期限为报告年度全年"),
            entry("S-YEAR", "标题、统计期限和表格的年度一致"),
            entry("S-FEE", "说明信息处理费收取情况"),
            entry("S-DEADLINE", "按期发布"),
            entry("S-LABELS", "表格栏目名称规范"),
            entry("P-TRUNCATED", "解析提示：表格被截断"),
            entry("P-AMBIGUOUS", "解析提示：连写数字拆分存疑"),
            entry("P-DECODED", "解析提示：连写数字按总计拆分"),
            entry("P-VERSION-MIXED", "解析提示：新旧格式标志并存"),
            entry("P-MISALIGNED", "解析提示：数值与栏目的对应为推断"),
            entry("P-NOT-A-REPORT", "文件不是政府信息公开工作年度报告"),
            entry("P-UNREADABLE", "文件无法读取"));

    private RuleTitles() {
    }

    /** The rule's title, or empty for an id this list does not know (a rule newer than this build). */
    public static Optional<String> of(String ruleId) {
        return Optional.ofNullable(ZH.get(ruleId));
    }

    /** The title, or "规则 <id>" for an unknown rule, so that a reader is never shown nothing. */
    public static String zh(String ruleId) {
        return of(ruleId).orElse("规则 " + ruleId);
    }
}
