package nianbao.checker;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.report.ReportRecognition;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Verdict;

/** The findings as a table for people: Chinese messages first, the quoted source line under each. */
final class TableOutput {

    private static final Map<Verdict, String> VERDICT = Map.of(Verdict.PASS, "通过", Verdict.FAIL, "不通过",
            Verdict.INCOMPLETE, "未能完整检查");
    private static final Map<Outcome, String> OUTCOME = Map.of(Outcome.PASS, "通过", Outcome.FAIL, "违规",
            Outcome.UNCERTAIN, "存疑", Outcome.NOT_ASSESSABLE, "无法检查");

    private TableOutput() {
    }

    /** Most serious first: severity, then FAIL before UNCERTAIN before NOT_ASSESSABLE before PASS, then rule id. */
    static final Comparator<Finding> SERIOUS_FIRST = Comparator.comparing(Finding::severity)
            .thenComparing(f -> switch (f.outcome()) {
                case FAIL -> 0;
                case UNCERTAIN -> 1;
                case NOT_ASSESSABLE -> 2;
                case PASS -> 3;
            })
            .thenComparing(Finding::ruleId);

    /** The outcome in Chinese, padded to 8 terminal columns (a Chinese character takes two). */
    private static String outcome(Finding f) {
        String label = OUTCOME.get(f.outcome());
        return label + " ".repeat(OUTCOME_WIDTH - 2 * label.length());
    }

    private static final int OUTCOME_WIDTH = 8;

    /** How many NOT_ASSESSABLE findings of one rule follow each other from {@code i} (the list is sorted by rule). */
    private static int sameNotAssessable(List<Finding> findings, int i) {
        Finding first = findings.get(i);
        if (first.outcome() != Outcome.NOT_ASSESSABLE) return 1;
        int n = 1;
        while (i + n < findings.size() && findings.get(i + n).outcome() == Outcome.NOT_ASSESSABLE
                && findings.get(i + n).ruleId().equals(first.ruleId())) {
            n++;
        }
        return n;
    }

    static void print(PrintStream out, List<CheckedReport> reports, boolean all) {
        for (CheckedReport r : reports) {
            out.printf("== %s%n", r.fileName());
            if (r.notAReport()) {
                out.printf("   不是年度报告: %s%n%n", ReportRecognition.NOT_A_REPORT_ZH);
                continue;
            }
            String agency = r.context().agencyName() != null ? r.context().agencyName() : "（报告未载明，未能确定）";
            out.printf("   机关 %s · %d 年度 · %s · 格式 %s · 规则集 %s%n", agency, r.context().reportYear(),
                    r.context().level(), r.report() == null ? "-" : r.report().version(), r.validation().ruleSetVersion());
            out.printf("   结论: %s (%s)%n", VERDICT.get(r.validation().verdict()), r.validation().verdict());
            StringBuilder figures = new StringBuilder("   关键数据:");
            r.validation().keyFigures().forEach((id, v) -> figures.append(' ').append(id).append('=').append(v == null ? "?" : v));
            out.println(figures);
            List<Finding> shown = r.validation().findings().stream().filter(f -> all || f.outcome() != Outcome.PASS)
                    .sorted(SERIOUS_FIRST).toList();
            if (shown.isEmpty()) {
                out.println("   （全部规则通过）");
            }
            for (int i = 0; i < shown.size(); i++) {
                Finding f = shown.get(i);
                int same = sameNotAssessable(shown, i);
                if (same > 1) {
                    // many rows or columns of one rule not checkable for one cause: one line, not a screenful
                    out.printf("   %s %-7s %-26s 共 %d 项，例如：%s%n", outcome(f), f.severity(), f.ruleId(), same,
                            f.messageZh());
                    i += same - 1;
                    continue;
                }
                out.printf("   %s %-7s %-26s %s%n", outcome(f), f.severity(), f.ruleId(), f.messageZh());
                if (f.quote() != null && !f.quote().isBlank()) out.printf("   %-43s 原文: %s%n", "", f.quote());
            }
            out.println();
        }
    }
}
