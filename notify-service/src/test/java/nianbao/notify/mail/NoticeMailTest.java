package nianbao.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.AlertStatus;
import nianbao.notify.alerts.Finding;
import nianbao.notify.alerts.Operand;
import nianbao.notify.delivery.Notice;
import nianbao.notify.delivery.NoticeKind;
import nianbao.notify.routing.Agency;
import nianbao.notify.routing.Jurisdiction;
import nianbao.notify.routing.Supervisor;

class NoticeMailTest {

    private static final Supervisor KAIFENG = new Supervisor("kaifeng-gongkai", "开封市政务公开办",
            "kaifeng-gongkai@example.org", null, null, new Jurisdiction(List.of("410200"), Set.of()), false);
    private static final Agency LONGTING =
            new Agency("longting-gov-office", "龙亭区人民政府办公室", "410202", "COUNTY_DEPARTMENT");

    private static Alert balanceAlert() {
        Finding finding = new Finding("T3-BALANCE", "FAIL", "ERROR", "R1 + R2 = R3.7 + R4 (TOT)",
                List.of(new Operand("T3[R1][TOT]", "16", "16", 41, 60), new Operand("T3[R2][TOT]", null, "", 42, 60),
                        new Operand("T3[R3.7][TOT]", "17", "17", 70, 60)),
                "16", "17", "总计列不平衡：16 + 0 ≠ 17 + 0", "Column TOT does not balance: 16 + 0 ≠ 17 + 0", "REPORT",
                "（七）总计 1 0 0 0 0 0 17\n四、结转下年度继续办理 0 0 0 0 0 0 0", "fp1");
        return new Alert(LONGTING, 2022, finding, AlertStatus.OPEN, "s1", Instant.parse("2023-01-20T00:00:00Z"),
                null, null);
    }

    @Test
    void anAlertMailListsEachNewFindingChineseFirstWithOperandsAndQuotedLines() {
        MailText mail = NoticeMail.compose(new Notice("n1", NoticeKind.ALERT, KAIFENG, "s1", List.of(balanceAlert())),
                "http://127.0.0.1:8083/");

        assertThat(mail.subject()).isEqualTo("【政务公开年报核查】龙亭区人民政府办公室 2022年度报告：1项新问题 | 1 new finding(s)");
        assertThat(mail.body()).isEqualTo("""
                开封市政务公开办：

                龙亭区人民政府办公室（行政区划代码 410202）2022年政府信息公开工作年度报告经核查，发现 1 项新问题。
                The 2022 annual report of 龙亭区人民政府办公室 (region 410202) has 1 new finding(s).
                提交编号 Submission: s1

                1. T3-BALANCE（错误 ERROR，不通过 FAIL）
                   说明：总计列不平衡：16 + 0 ≠ 17 + 0
                   Message: Column TOT does not balance: 16 + 0 ≠ 17 + 0
                   公式 Formula: R1 + R2 = R3.7 + R4 (TOT)
                   数据 Operands: T3[R1][TOT] = 16; T3[R2][TOT] = （空 blank）; T3[R3.7][TOT] = 17
                   期望 Expected: 16；实际 Actual: 17
                   原文 Source:
                   > （七）总计 1 0 0 0 0 0 17
                   > 四、结转下年度继续办理 0 0 0 0 0 0 0
                   指纹 Fingerprint: fp1

                监督平台 Dashboard: http://127.0.0.1:8083/
                """);
    }

    @Test
    void aResolvedMailNamesTheClosedFindingsBriefly() {
        MailText mail = NoticeMail.compose(new Notice("n2", NoticeKind.RESOLVED, KAIFENG, "s2",
                List.of(balanceAlert())), "http://127.0.0.1:8083/");

        assertThat(mail.subject()).isEqualTo("【政务公开年报核查】龙亭区人民政府办公室 2022年度报告：1项问题已解决 | 1 finding(s) resolved");
        assertThat(mail.body()).isEqualTo("""
                开封市政务公开办：

                龙亭区人民政府办公室（行政区划代码 410202）2022年政府信息公开工作年度报告的以下问题在新的核查中已不再出现，告警已关闭。
                The following finding(s) in the 2022 annual report of 龙亭区人民政府办公室 (region 410202) no longer appear; their alerts are closed.
                提交编号 Submission: s2

                1. T3-BALANCE（错误 ERROR，不通过 FAIL）
                   说明：总计列不平衡：16 + 0 ≠ 17 + 0
                   Message: Column TOT does not balance: 16 + 0 ≠ 17 + 0
                   指纹 Fingerprint: fp1

                监督平台 Dashboard: http://127.0.0.1:8083/
                """);
    }
}
