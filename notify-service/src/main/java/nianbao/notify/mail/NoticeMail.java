package nianbao.notify.mail;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.Finding;
import nianbao.notify.alerts.Operand;
import nianbao.notify.delivery.Notice;
import nianbao.notify.delivery.NoticeKind;

/** Writes a notice as a plain-text e-mail, Chinese first and English after, self-explaining per finding. */
public final class NoticeMail {

    private static final Map<String, String> SEVERITY_ZH = Map.of("ERROR", "错误", "WARNING", "警告", "INFO", "提示");
    private static final Map<String, String> OUTCOME_ZH = Map.of("FAIL", "不通过", "UNCERTAIN", "存疑");

    private NoticeMail() {
    }

    public static MailText compose(Notice notice, String dashboardUrl) {
        Alert first = notice.first();
        String agency = first.agency().name();
        int year = first.reportYear();
        int count = notice.alerts().size();
        boolean resolved = notice.kind() == NoticeKind.RESOLVED;
        String subject = resolved
                ? "【政务公开年报核查】%s %d年度报告：%d项问题已解决 | %d finding(s) resolved".formatted(agency, year, count, count)
                : "【政务公开年报核查】%s %d年度报告：%d项新问题 | %d new finding(s)".formatted(agency, year, count, count);
        StringBuilder body = new StringBuilder();
        body.append(notice.supervisor().name()).append("：\n\n");
        if (resolved) {
            body.append("%s（行政区划代码 %s）%d年政府信息公开工作年度报告的以下问题在新的核查中已不再出现，告警已关闭。\n"
                    .formatted(agency, first.agency().regionCode(), year));
            body.append("The following finding(s) in the %d annual report of %s (region %s) no longer appear; their alerts are closed.\n"
                    .formatted(year, agency, first.agency().regionCode()));
        } else {
            body.append("%s（行政区划代码 %s）%d年政府信息公开工作年度报告经核查，发现 %d 项新问题。\n"
                    .formatted(agency, first.agency().regionCode(), year, count));
            body.append("The %d annual report of %s (region %s) has %d new finding(s).\n"
                    .formatted(year, agency, first.agency().regionCode(), count));
        }
        body.append("提交编号 Submission: ").append(notice.submissionId()).append("\n");
        int n = 1;
        for (Alert alert : notice.alerts()) {
            body.append('\n');
            appendFinding(body, n++, alert.finding(), resolved);
        }
        body.append("\n监督平台 Dashboard: ").append(dashboardUrl).append('\n');
        return new MailText(subject, body.toString());
    }

    private static void appendFinding(StringBuilder body, int n, Finding f, boolean brief) {
        body.append("%d. %s（%s %s，%s %s）\n".formatted(n, f.ruleId(),
                SEVERITY_ZH.getOrDefault(f.severity(), f.severity()), f.severity(),
                OUTCOME_ZH.getOrDefault(f.outcome(), f.outcome()), f.outcome()));
        body.append("   说明：").append(f.messageZh()).append('\n');
        body.append("   Message: ").append(f.messageEn()).append('\n');
        if (!brief) {
            body.append("   公式 Formula: ").append(f.formula()).append('\n');
            body.append("   数据 Operands: ").append(operands(f.operands())).append('\n');
            if (f.expected() != null || f.actual() != null) {
                body.append("   期望 Expected: ").append(orDash(f.expected()))
                        .append("；实际 Actual: ").append(orDash(f.actual())).append('\n');
            }
            if (f.quote() != null && !f.quote().isBlank()) {
                body.append("   原文 Source:\n");
                f.quote().lines().forEach(line -> body.append("   > ").append(line).append('\n'));
            }
        }
        body.append("   指纹 Fingerprint: ").append(f.fingerprint()).append('\n');
    }

    private static String operands(List<Operand> operands) {
        return operands.stream()
                .map(o -> o.cellId() + " = " + (o.value() != null ? o.value()
                        : o.raw() != null && !o.raw().isBlank() ? o.raw() : "（空 blank）"))
                .collect(Collectors.joining("; "));
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
