package nianbao.notify.intake;

import static nianbao.notify.support.Events.LONGTING;
import static nianbao.notify.support.Events.finding;
import static nianbao.notify.support.Events.operand;
import static nianbao.notify.support.Events.validated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.Finding;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.notify.support.NotifyIntegrationTest;
import nianbao.notify.support.WebhookReceiver;

/**
 * longting (410202) is overseen by 开封市政务公开办 (410200, e-mail and webhook) and 河南省政务公开办 (410000, e-mail).
 */
class AlertNoticesTest extends NotifyIntegrationTest {

    private static final String AGENCY = "龙亭区人民政府办公室";
    private static final Instant FIRST = Instant.parse("2023-01-20T08:00:00Z");

    private static final Finding BALANCE_17 = finding("T3-BALANCE", RuleOutcome.FAIL, Severity.ERROR, "lt-balance-17",
            "第一项加第二项之和（16）不等于第三项加第四项之和（17）", "（七）总计 1 0 0 0 0 0 17",
            operand("T3[R1][TOT]", "16", 30), operand("T3[R3.7][TOT]", "17", 58));
    private static final Finding NARRATIVE = finding("N-APPLY-TOTAL", RuleOutcome.FAIL, Severity.WARNING,
            "lt-apply-20", "正文称收到申请20件，表三为16件", "全年共收到政府信息公开申请20件",
            operand("N:APPLICATIONS_RECEIVED", "20", 5), operand("T3[R1][TOT]", "16", 30));
    private static final Finding TITLE_INFO = finding("S-TITLE", RuleOutcome.FAIL, Severity.INFO, "lt-title",
            "标题不规范", null);
    private static final Finding ROWSUM_PASS = finding("T3-ROWSUM", RuleOutcome.PASS, Severity.ERROR, "lt-rowsum",
            "行合计一致", null);
    private static final Finding BALANCE_18 = finding("T3-BALANCE", RuleOutcome.FAIL, Severity.ERROR, "lt-balance-18",
            "第一项加第二项之和（16）不等于第三项加第四项之和（18）", "（七）总计 1 0 0 0 0 0 18",
            operand("T3[R1][TOT]", "16", 30), operand("T3[R3.7][TOT]", "18", 58));

    private static final Finding NARRATIVE_AGREES = finding("N-APPLY-TOTAL", RuleOutcome.PASS, Severity.WARNING,
            "lt-apply-16", "正文与表三一致", "全年共收到政府信息公开申请16件",
            operand("N:APPLICATIONS_RECEIVED", "16", 5), operand("T3[R1][TOT]", "16", 30));

    @Test
    void oneMessagePerSupervisorForNewFindings_nothingOnReplayOrResubmission_resolvedAfterCorrection() {
        ReportValidated first = validated("lt-s1", LONGTING, 2022, FIRST, BALANCE_17, NARRATIVE, TITLE_INFO, ROWSUM_PASS);
        publish(first);

        eventually().until(() -> mailAbout(AGENCY).size() == 2);
        List<MimeMessage> alerts = byRecipient(mailAbout(AGENCY));
        assertThat(alerts).extracting(NotifyIntegrationTest::recipients).containsExactly(
                List.of("henan-gongkai@example.org"), List.of("kaifeng-gongkai@example.org"));
        assertThat(alerts).extracting(NotifyIntegrationTest::subject).containsOnly(
                "【政务公开年报核查】龙亭区人民政府办公室 2022年度报告：2项新问题 | 2 new finding(s)");
        String kaifengBody = body(alerts.get(1));
        assertThat(kaifengBody.lines()).containsExactly("开封市政务公开办：", "",
                "龙亭区人民政府办公室（开封市龙亭区）2022年政府信息公开工作年度报告经核查：本次新增 2 项问题（错误 1 项，警告 1 项）；此前没有已通知而未解决的问题。",
                "The 2022 annual report of 龙亭区人民政府办公室 (开封市龙亭区): 2 new finding(s); 0 notified earlier still open.",
                "本邮件只列出结果为“不符合”、级别为“错误”或“警告”的问题；其余核查结果不发邮件，可在监督平台查看。",
                "在监督平台查看这份报告（原文中标出问题所在的数字）Open the report on the dashboard:",
                "http://127.0.0.1:8083/report.html?submission=lt-s1", "",
                "1. 【错误】第一项加第二项之和（16）不等于第三项加第四项之和（17）",
                "   EN 第一项加第二项之和（16）不等于第三项加第四项之和（17）",
                "   数据 Values: 表三“一、本年新收政府信息公开申请数量”行“总计”列 = 16；表三“（七）总计”行“总计”列 = 17",
                "   原文 Source:",
                "   > （七）总计 1 0 0 0 0 0 17",
                "   规则 Rule: T3-BALANCE · 错误 ERROR · 不符合 FAIL", "",
                "2. 【警告】正文称收到申请20件，表三为16件",
                "   EN 正文称收到申请20件，表三为16件",
                "   数据 Values: 正文所述数字 = 20；表三“一、本年新收政府信息公开申请数量”行“总计”列 = 16",
                "   原文 Source:",
                "   > 全年共收到政府信息公开申请20件",
                "   规则 Rule: N-APPLY-TOTAL · 警告 WARNING · 不符合 FAIL");
        assertThat(header(alerts.get(1), "X-Nianbao-Fingerprints")).isEqualTo("lt-balance-17, lt-apply-20");
        assertThat(header(alerts.get(1), "X-Nianbao-Submission")).isEqualTo("lt-s1");
        assertThat(body(alerts.get(0))).startsWith("河南省政务公开办：");
        eventually().until(() -> WEBHOOKS.received("kaifeng").size() == 1);
        WebhookReceiver.Received hook = WEBHOOKS.received("kaifeng").get(0);
        assertThat(hook.signatureValid()).isTrue();
        assertThat(hook.body()).contains("\"kind\":\"ALERT\"", "\"submissionId\":\"lt-s1\"",
                "\"fingerprint\":\"lt-apply-20\"", "\"fingerprint\":\"lt-balance-17\"");

        // the same event again, then the same file resubmitted (same numbers, so same fingerprints)
        publish(first, validated("lt-s2", LONGTING, 2022, FIRST.plusSeconds(3600), BALANCE_17, NARRATIVE, TITLE_INFO));
        publish(validated("lt-marker-1", LONGTING, 2021, FIRST));
        awaitStored("lt-marker-1");
        assertThat(mailAbout(AGENCY)).hasSize(2);
        assertThat(WEBHOOKS.received("kaifeng")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from validation where agency_id = 'longting-gov-office'")
                .query(Integer.class).single()).isEqualTo(3);

        // corrected: the narrative now agrees, and the outcome total changed (a new fingerprint, so a new alert)
        publish(validated("lt-s3", LONGTING, 2022, FIRST.plusSeconds(7200), BALANCE_18, NARRATIVE_AGREES));

        eventually().until(() -> mailAbout(AGENCY).size() == 6);
        List<MimeMessage> later = byRecipient(mailAbout(AGENCY).stream()
                .filter(m -> "lt-s3".equals(header(m, "X-Nianbao-Submission"))).toList());
        assertThat(later).extracting(NotifyIntegrationTest::recipients).containsExactly(
                List.of("henan-gongkai@example.org"), List.of("henan-gongkai@example.org"),
                List.of("kaifeng-gongkai@example.org"), List.of("kaifeng-gongkai@example.org"));
        assertThat(later).extracting(NotifyIntegrationTest::subject).containsExactlyInAnyOrder(
                "【政务公开年报核查】龙亭区人民政府办公室 2022年度报告：1项新问题 | 1 new finding(s)",
                "【政务公开年报核查】龙亭区人民政府办公室 2022年度报告：1项新问题 | 1 new finding(s)",
                "【政务公开年报核查】龙亭区人民政府办公室 2022年度报告：2项问题已解决 | 2 finding(s) resolved",
                "【政务公开年报核查】龙亭区人民政府办公室 2022年度报告：2项问题已解决 | 2 finding(s) resolved");
        MimeMessage kaifengResolved = later.stream()
                .filter(m -> recipients(m).contains("kaifeng-gongkai@example.org") && subject(m).contains("已解决"))
                .findFirst().orElseThrow();
        assertThat(body(kaifengResolved).lines()).contains(
                "1. 【错误】第一项加第二项之和（16）不等于第三项加第四项之和（17）",
                "   规则 Rule: T3-BALANCE · 错误 ERROR · 不符合 FAIL",
                "2. 【警告】正文称收到申请20件，表三为16件",
                "   规则 Rule: N-APPLY-TOTAL · 警告 WARNING · 不符合 FAIL");
        assertThat(header(kaifengResolved, "X-Nianbao-Fingerprints")).isEqualTo("lt-balance-17, lt-apply-20");
        eventually().until(() -> WEBHOOKS.received("kaifeng").size() == 3);
        assertThat(WEBHOOKS.received("kaifeng")).allMatch(WebhookReceiver.Received::signatureValid);
        assertThat(jdbc.sql("""
                select fingerprint || ':' || status from alert where agency_id = 'longting-gov-office'
                order by fingerprint""").query(String.class).list())
                .containsExactly("lt-apply-20:RESOLVED", "lt-balance-17:RESOLVED", "lt-balance-18:OPEN");

        // replaying everything changes nothing
        publish(first, validated("lt-s3", LONGTING, 2022, FIRST.plusSeconds(7200), BALANCE_18, NARRATIVE_AGREES),
                validated("lt-marker-2", LONGTING, 2021, FIRST.plusSeconds(1)));
        awaitStored("lt-marker-2");
        assertThat(mailAbout(AGENCY)).hasSize(6);
        assertThat(WEBHOOKS.received("kaifeng")).hasSize(3);
    }

    @Test
    void aNoticeCountsWhatIsNewApartFromWhatTheSupervisorWasToldBeforeAndStillStands() {
        Agency counted = Agency.newBuilder().setId("count-street").setName("计数街道办事处").setRegionCode("410971")
                .setLevel(AgencyLevel.TOWNSHIP).build();
        Finding total = finding("T4-REVIEW-TOTAL", RuleOutcome.FAIL, Severity.ERROR, "cnt-review-total",
                "表四“行政复议”：不符合，T4[RV.TOTAL](2) = 2", "总计 … 2", operand("T4[RV.TOTAL]", "2", 370));
        Finding narrative = finding("N-REVIEW", RuleOutcome.FAIL, Severity.WARNING, "cnt-review-text",
                "正文所述行政复议件数与表四不符", "行政复议0件", operand("N:REVIEW_COUNT", "0", 7));

        publish(validated("cnt-s1", counted, 2022, FIRST, total));
        eventually().until(() -> mailAbout("计数街道办事处").size() == 1);
        assertThat(body(mailAbout("计数街道办事处").get(0)).lines()).contains(
                "计数街道办事处（濮阳经济技术开发区）2022年政府信息公开工作年度报告经核查：本次新增 1 项问题（错误 1 项）；此前没有已通知而未解决的问题。");

        // resubmitted with one more problem: the mail tells the new one and counts the first as told and still open
        publish(validated("cnt-s2", counted, 2022, FIRST.plusSeconds(60), total, narrative));
        eventually().until(() -> mailAbout("计数街道办事处").size() == 2);
        MimeMessage second = mailAbout("计数街道办事处").stream()
                .filter(m -> "cnt-s2".equals(header(m, "X-Nianbao-Submission"))).findFirst().orElseThrow();
        assertThat(recipients(second)).containsExactly("henan-gongkai@example.org");
        assertThat(subject(second)).isEqualTo("【政务公开年报核查】计数街道办事处 2022年度报告：1项新问题 | 1 new finding(s)");
        assertThat(body(second).lines()).contains(
                "计数街道办事处（濮阳经济技术开发区）2022年政府信息公开工作年度报告经核查：本次新增 1 项问题（警告 1 项）；此前已通知的 1 项仍未解决。",
                "http://127.0.0.1:8083/report.html?submission=cnt-s2",
                "1. 【警告】正文所述行政复议件数与表四不符",
                "   数据 Values: 正文所述数字 = 0");
        assertThat(header(second, "X-Nianbao-Fingerprints")).isEqualTo("cnt-review-text");
    }

    private static List<MimeMessage> byRecipient(List<MimeMessage> messages) {
        return messages.stream().sorted(Comparator.comparing((MimeMessage m) -> recipients(m).get(0))).toList();
    }
}
