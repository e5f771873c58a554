package nianbao.notify.digest;

import java.time.LocalDate;
import java.util.List;

import nianbao.notify.dashboard.AgencySummary;
import nianbao.notify.dashboard.AlertState;
import nianbao.notify.dashboard.AlertView;
import nianbao.notify.mail.MailText;
import nianbao.notify.routing.Supervisor;

/** The morning summary: per-agency counts, then every alert still waiting for a review. */
public final class DigestMail {

    private DigestMail() {
    }

    public static MailText compose(Supervisor supervisor, LocalDate day, List<AlertView> views, String dashboardUrl) {
        List<AlertView> waiting = views.stream().filter(v -> v.state() == AlertState.OPEN).toList();
        String subject = "【政务公开年报核查】每日汇总 %s：%d项待处理 | daily digest: %d open".formatted(day, waiting.size(),
                waiting.size());
        StringBuilder body = new StringBuilder(supervisor.name()).append("：\n\n");
        body.append("辖区内各机关告警 Alerts by agency（待处理 open / 已确认 confirmed / 已驳回 dismissed / 已解决 resolved）:\n");
        for (AgencySummary s : AgencySummary.of(views)) {
            body.append("- %s（%s）：%d / %d / %d / %d\n".formatted(s.agencyName(), s.agencyId(), s.open(), s.confirmed(),
                    s.dismissed(), s.resolved()));
        }
        body.append("\n待处理 Waiting for review:\n");
        for (AlertView v : waiting) {
            body.append("- %s %d年度 %s（%s）：%s\n".formatted(v.alert().agency().name(), v.alert().reportYear(),
                    v.alert().finding().ruleId(), v.alert().finding().severity(), v.alert().finding().messageZh()));
        }
        body.append("\n监督平台 Dashboard: ").append(dashboardUrl).append('\n');
        return new MailText(subject, body.toString());
    }
}
