package nianbao.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.AlertPolicy;
import nianbao.notify.alerts.AlertStatus;
import nianbao.notify.alerts.Finding;
import nianbao.notify.alerts.Operand;
import nianbao.notify.delivery.Notice;
import nianbao.notify.delivery.NoticeKind;
import nianbao.notify.routing.Agency;
import nianbao.notify.routing.Jurisdiction;
import nianbao.notify.routing.Supervisor;

/**
 * The notice mail as a supervisor reads it. The findings are those validate-service writes for the jinping sample
 * with its 行政复议总计 changed from 0 to 2 (offline checker, rule set 2026.1), in the order the outbox names them
 * (by rule id): the WARNING N-REVIEW before the ERROR T4-REVIEW-TOTAL.
 */
class NoticeMailTest {

    private static final Supervisor ZHEJIANG = new Supervisor("zhejiang-gongkai", "浙江省政务公开办",
            "zhejiang-gongkai@example.org", null, null, new Jurisdiction(List.of("330000"), Set.of()), false);
    private static final Agency JINPING = new Agency("jinping-street", "锦屏街道办事处", "330326", "TOWNSHIP");
    private static final String DASHBOARD = "http://127.0.0.1:8083/";
    /** JINPING's region (330326) as the directory names it. */
    private static final String TIANTAI = "台州市天台县";

    private static final Finding NARRATIVE = new Finding("N-REVIEW", "FAIL", "WARNING", "T4[RV.TOTAL] = N:REVIEW_COUNT",
            List.of(new Operand("T4[RV.TOTAL]", "2", "2", 370, 2), new Operand("N:REVIEW_COUNT", "0", "0", 7, 40)),
            "2", "0",
            "正文所述行政复议件数与表四“行政复议·总计”：不符合，T4[RV.TOTAL](2) = 2，而 N:REVIEW_COUNT(0) = 0，相差 2。请核对报告原文数据并予以更正。",
            "Review count in the text vs table 4: T4[RV.TOTAL](2) = 2 but N:REVIEW_COUNT(0) = 0, a difference of 2",
            "REPORT", "因政府信息公开引起的行政复议0件",
            "9f1c2e7a5b3d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a");
    private static final Finding REVIEW_TOTAL = new Finding("T4-REVIEW-TOTAL", "FAIL", "ERROR",
            "T4[RV.MAINTAIN] + T4[RV.CORRECT] + T4[RV.OTHER] + T4[RV.PENDING] = T4[RV.TOTAL]",
            List.of(new Operand("T4[RV.MAINTAIN]", "0", "0", 366, 2), new Operand("T4[RV.CORRECT]", "0", "0", 367, 2),
                    new Operand("T4[RV.OTHER]", "0", "0", 368, 2), new Operand("T4[RV.PENDING]", "0", "0", 369, 2),
                    new Operand("T4[RV.TOTAL]", "2", "2", 370, 2)),
            "0", "2",
            "表四“行政复议”：结果维持＋结果纠正＋其他结果＋尚未审结＝总计：不符合，T4[RV.MAINTAIN](0) + T4[RV.CORRECT](0) + "
                    + "T4[RV.OTHER](0) + T4[RV.PENDING](0) = 0，而 T4[RV.TOTAL](2) = 2，相差 2。请核对报告原文数据并予以更正。",
            "Table 4 administrative review: T4[RV.MAINTAIN](0) + T4[RV.CORRECT](0) + T4[RV.OTHER](0) + T4[RV.PENDING](0) = 0 "
                    + "but T4[RV.TOTAL](2) = 2, a difference of 2",
            "REPORT", "总计 … 2", "0b7e5d3c1a2f4e6d8c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d");

    private static Alert alert(Finding finding) {
        return new Alert(JINPING, 2022, finding, AlertStatus.OPEN, "s1", Instant.parse("2023-01-20T00:00:00Z"), null, null);
    }

    @Test
    void anAlertMailSaysWhatIsNewAndWhatWasToldBeforeErrorsFirstInWordsWithTheReportsLink() {
        MailText mail = NoticeMail.compose(new Notice("n1", NoticeKind.ALERT, ZHEJIANG, "s1",
                List.of(alert(NARRATIVE), alert(REVIEW_TOTAL)), 3), TIANTAI, DASHBOARD, AlertPolicy.DEFAULT);

        assertThat(mail.subject()).isEqualTo("【政务公开年报核查】锦屏街道办事处 2022年度报告：2项新问题 | 2 new finding(s)");
        assertThat(mail.body()).isEqualTo("""
                浙江省政务公开办：

                锦屏街道办事处（台州市天台县）2022年政府信息公开工作年度报告经核查：本次新增 2 项问题（错误 1 项，警告 1 项）；此前已通知的 3 项仍未解决。
                The 2022 annual report of 锦屏街道办事处 (台州市天台县): 2 new finding(s); 3 notified earlier still open.
                本邮件只列出结果为“不符合”、级别为“错误”或“警告”的问题；其余核查结果不发邮件，可在监督平台查看。
                在监督平台查看这份报告（原文中标出问题所在的数字）Open the report on the dashboard:
                http://127.0.0.1:8083/report.html?submission=s1

                1. 【错误】表四“行政复议”：结果维持＋结果纠正＋其他结果＋尚未审结＝总计：不符合，表四“行政复议·结果维持”(0) + 表四“行政复议·结果纠正”(0) + 表四“行政复议·其他结果”(0) + 表四“行政复议·尚未审结”(0) = 0，而 表四“行政复议·总计”(2) = 2，相差 2。请核对报告原文数据并予以更正。
                   Table 4 administrative review: 表四“行政复议·结果维持”(0) + 表四“行政复议·结果纠正”(0) + 表四“行政复议·其他结果”(0) + 表四“行政复议·尚未审结”(0) = 0 but 表四“行政复议·总计”(2) = 2, a difference of 2
                   数据 Values: 表四“行政复议·结果维持” = 0；表四“行政复议·结果纠正” = 0；表四“行政复议·其他结果” = 0；表四“行政复议·尚未审结” = 0；表四“行政复议·总计” = 2
                   期望 Expected: 0；实际 Actual: 2
                   原文 Source:
                   > 总计 … 2
                   规则 Rule: T4-REVIEW-TOTAL · 错误 ERROR · 不符合 FAIL

                2. 【警告】正文所述行政复议件数与表四“行政复议·总计”：不符合，表四“行政复议·总计”(2) = 2，而 正文所述数字(0) = 0，相差 2。请核对报告原文数据并予以更正。
                   Review count in the text vs table 4: 表四“行政复议·总计”(2) = 2 but 正文所述数字(0) = 0, a difference of 2
                   数据 Values: 表四“行政复议·总计” = 2；正文所述数字 = 0
                   期望 Expected: 2；实际 Actual: 0
                   原文 Source:
                   > 因政府信息公开引起的行政复议0件
                   规则 Rule: N-REVIEW · 警告 WARNING · 不符合 FAIL
                """);
        assertThat(mail.headers()).isEqualTo(Map.of(
                "X-Nianbao-Fingerprints", REVIEW_TOTAL.fingerprint() + ", " + NARRATIVE.fingerprint(),
                "X-Nianbao-Submission", "s1"));
    }

    @Test
    void noFingerprintOrCellIdIsInTheBody() {
        MailText mail = NoticeMail.compose(new Notice("n1", NoticeKind.ALERT, ZHEJIANG, "s1",
                List.of(alert(NARRATIVE), alert(REVIEW_TOTAL)), 0), TIANTAI, DASHBOARD, AlertPolicy.DEFAULT);

        // the submission's id is only in the link to its page
        String words = mail.body().replace(NoticeMail.reportLink(DASHBOARD, "s1"), "");
        assertThat(words).doesNotContain(REVIEW_TOTAL.fingerprint(), NARRATIVE.fingerprint(), "T4[", "N:", "s1",
                        JINPING.regionCode())
                .doesNotContainPattern("[0-9a-f]{16}")
                .contains("本次新增 2 项问题（错误 1 项，警告 1 项）；此前没有已通知而未解决的问题。");
    }

    @Test
    void whenUncertainFindingsAlertTooTheMailSaysSo() {
        MailText mail = NoticeMail.compose(new Notice("n1", NoticeKind.ALERT, ZHEJIANG, "s1", List.of(alert(NARRATIVE)), 0),
                TIANTAI, DASHBOARD, new AlertPolicy(Set.of("UNCERTAIN", "FAIL"), Set.of("WARNING", "INFO", "ERROR")));

        assertThat(mail.body().lines()).contains(
                "本邮件只列出结果为“不符合”或“需人工核对”、级别为“错误”或“警告”或“提示”的问题；其余核查结果不发邮件，可在监督平台查看。");
    }

    @Test
    void aResolvedMailNamesTheClosedFindingsBrieflyAndWhatRemains() {
        MailText mail = NoticeMail.compose(new Notice("n2", NoticeKind.RESOLVED, ZHEJIANG, "s2",
                List.of(alert(NARRATIVE), alert(REVIEW_TOTAL)), 1), TIANTAI, "http://dashboard.example.org/nianbao/",
                AlertPolicy.DEFAULT);

        assertThat(mail.subject()).isEqualTo("【政务公开年报核查】锦屏街道办事处 2022年度报告：2项问题已解决 | 2 finding(s) resolved");
        assertThat(mail.body()).isEqualTo("""
                浙江省政务公开办：

                锦屏街道办事处（台州市天台县）2022年政府信息公开工作年度报告的以下 2 项问题在新的核查中已不再出现，告警已关闭；此前已通知的问题中仍有 1 项未解决。
                The following 2 finding(s) in the 2022 annual report of 锦屏街道办事处 (台州市天台县) no longer appear; their alerts are closed. 1 finding(s) notified earlier still open.
                在监督平台查看这份报告（原文中标出问题所在的数字）Open the report on the dashboard:
                http://dashboard.example.org/nianbao/report.html?submission=s2

                1. 【错误】表四“行政复议”：结果维持＋结果纠正＋其他结果＋尚未审结＝总计：不符合，表四“行政复议·结果维持”(0) + 表四“行政复议·结果纠正”(0) + 表四“行政复议·其他结果”(0) + 表四“行政复议·尚未审结”(0) = 0，而 表四“行政复议·总计”(2) = 2，相差 2。请核对报告原文数据并予以更正。
                   Table 4 administrative review: 表四“行政复议·结果维持”(0) + 表四“行政复议·结果纠正”(0) + 表四“行政复议·其他结果”(0) + 表四“行政复议·尚未审结”(0) = 0 but 表四“行政复议·总计”(2) = 2, a difference of 2
                   规则 Rule: T4-REVIEW-TOTAL · 错误 ERROR · 不符合 FAIL

                2. 【警告】正文所述行政复议件数与表四“行政复议·总计”：不符合，表四“行政复议·总计”(2) = 2，而 正文所述数字(0) = 0，相差 2。请核对报告原文数据并予以更正。
                   Review count in the text vs table 4: 表四“行政复议·总计”(2) = 2 but 正文所述数字(0) = 0, a difference of 2
                   规则 Rule: N-REVIEW · 警告 WARNING · 不符合 FAIL
                """);
    }
}
