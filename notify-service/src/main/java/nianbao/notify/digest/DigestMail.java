package nianbao.notify.digest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import nianbao.notify.alerts.Finding;
import nianbao.notify.dashboard.AgencySummary;
import nianbao.notify.dashboard.AlertState;
import nianbao.notify.dashboard.AlertView;
import nianbao.notify.mail.MailText;
import nianbao.notify.mail.Severities;
import nianbao.notify.routing.Supervisor;
import nianbao.report.OperandNames;

/**
 * The morning summary: per-agency counts, then every alert still waiting for a review, ERROR first, said in words
 * (cells by their rows and columns; rule ids in brackets after the message).
 */
public final class DigestMail {

    private DigestMail() {
    }

    public static MailText compose(Supervisor supervisor, LocalDate day, List<AlertView> views, String dashboardUrl) {
        List<AlertView> waiting = views.stream().filter(v -> v.state() == AlertState.OPEN)
                .sorted(Comparator.comparingInt(v -> Severities.rank(v.alert().finding().severity())))
                .toList();
        String subject = "【政务公开年报核查】每日汇总 %s：%d项待处理 | daily digest: %d open".formatted(day, waiting.size(),
                waiting.size());
        StringBuilder body = new StringBuilder(supervisor.name()).append("：\n\n");
        body.append("辖区内各机关告警 Alerts by agency（待处理 open / 已确认 confirmed / 已驳回 dismissed / 已解决 resolved）:\n");
        for (AgencySummary s : AgencySummary.of(views)) {
            body.append("- %s：%d / %d / %d / %d\n".formatted(s.agencyName(), s.open(), s.confirmed(), s.dismissed(),
                    s.resolved()));
        }
        body.append("\n待处理 Waiting for review:\n");
        for (AlertView v : waiting) {
            Finding f = v.alert().finding();
            body.append("- 【%s】%s %d年度：%s（规则 %s）\n".formatted(Severities.zh(f.severity()),
                    v.alert().agency().name(), v.alert().reportYear(), OperandNames.inText(f.messageZh()), f.ruleId()));
        }
        body.append("\n监督平台 Dashboard: ").append(dashboardUrl).append('\n');
        return new MailText(subject, body.toString());
    }
}
