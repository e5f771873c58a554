package nianbao.notify.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.AlertStatus;
import nianbao.notify.alerts.Finding;
import nianbao.notify.dashboard.AlertState;
import nianbao.notify.dashboard.AlertView;
import nianbao.notify.mail.MailText;
import nianbao.notify.review.Decision;
import nianbao.notify.review.Review;
import nianbao.notify.routing.Agency;
import nianbao.notify.routing.Jurisdiction;
import nianbao.notify.routing.Supervisor;

class DigestMailTest {

    private static final Supervisor HENAN = new Supervisor("henan-gongkai", "河南省政务公开办", "henan-gongkai@example.org",
            null, null, new Jurisdiction(List.of("410000"), Set.of()), true);
    private static final Agency KUNWU = new Agency("kunwu-office", "昆吾街道办事处", "410971", "TOWNSHIP");

    private static AlertView view(String rule, String fp, Decision decision, String message) {
        Finding f = new Finding(rule, "FAIL", "WARNING", "f", List.of(), null, null, message, "en", "REPORT", null, fp);
        Review review = decision == null ? null : new Review(fp, decision, "c", "henan-gongkai", "name", Instant.EPOCH);
        return new AlertView(new Alert(KUNWU, 2020, f, AlertStatus.OPEN, "s1", Instant.EPOCH, null, null), review,
                AlertState.of(AlertStatus.OPEN, review));
    }

    @Test
    void countsPerAgencyThenTheAlertsWaitingForReview() {
        MailText mail = DigestMail.compose(HENAN, LocalDate.of(2026, 11, 23), List.of(
                view("T2-V19-ITEMS-DECISIONS", "a", null, "行政许可0项却有73件决定"),
                view("T2-V19-ITEMS-DECISIONS", "b", Decision.DISMISSED, "行政处罚0项却有10件决定")),
                "http://127.0.0.1:8083/");

        assertThat(mail.subject()).isEqualTo("【政务公开年报核查】每日汇总 2026-11-23：1项待处理 | daily digest: 1 open");
        assertThat(mail.body()).isEqualTo("""
                河南省政务公开办：

                辖区内各机关告警 Alerts by agency（待处理 open / 已确认 confirmed / 已驳回 dismissed / 已解决 resolved）:
                - 昆吾街道办事处：1 / 0 / 1 / 0

                待处理 Waiting for review:
                - 【警告】昆吾街道办事处 2020年度：行政许可0项却有73件决定（规则 T2-V19-ITEMS-DECISIONS）

                监督平台 Dashboard: http://127.0.0.1:8083/
                """);
    }
}
