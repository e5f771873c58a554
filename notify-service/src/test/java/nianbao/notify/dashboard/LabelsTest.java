package nianbao.notify.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.notify.alerts.Finding;
import nianbao.notify.alerts.Operand;

class LabelsTest {

    @Test
    void timesAreBeijingTimeToTheMinute() {
        assertThat(Labels.time(Instant.parse("2023-01-31T16:30:59Z"))).isEqualTo("2023-02-01 00:30");
        assertThat(Labels.time(null)).isEmpty();
    }

    @Test
    void symbolsAreSaidInChinese() {
        assertThat(List.of(Labels.severity("ERROR"), Labels.outcome("UNCERTAIN"), Labels.state("DISMISSED"),
                Labels.level("COUNTY_DEPARTMENT"), Labels.verdict("INCOMPLETE"), Labels.event("ALERT_RESOLVED"),
                Labels.format("V2019"), Labels.trigger("PRIOR_YEAR_ARRIVED")))
                .containsExactly("错误", "存疑", "已驳回", "县级政府部门", "未能完整核查", "问题已解决", "2019年版格式",
                        "上一年度报告到达后复核");
        assertThat(Labels.level("SOMETHING_NEW")).isEqualTo("层级未知");
    }

    @Test
    void findingsNameCellsInWordsAndKeepIdsForTheDetailLine() {
        Finding finding = new Finding("T3-TOTAL-ROW", "FAIL", "ERROR", "f", List.of(
                new Operand("T3[R1][TOT]", "16", "16", 40, 3), new Operand("N:REVIEW_COUNT", null, "", 7, 1),
                new Operand("S:OVERVIEW", "概述", "一、总体情况", 2, 1)),
                null, null, "T3[R1][TOT] 为 16", "T3[R1][TOT] is 16", "REPORT", null, "fp-1");
        assertThat(FindingWords.messageZh(finding)).isEqualTo("表三“一、本年新收政府信息公开申请数量”行“总计”列 为 16");
        assertThat(FindingWords.operandsLine(finding))
                .isEqualTo("表三“一、本年新收政府信息公开申请数量”行“总计”列 = 16；正文所述数字 = （空）；概述");
        assertThat(FindingWords.detail(finding)).isEqualTo("规则 T3-TOTAL-ROW · 单元格 T3[R1][TOT] N:REVIEW_COUNT S:OVERVIEW · 指纹 fp-1");
    }

    @Test
    void aPageIsASliceOfTheWholeList() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        assertThat(Page.of(all, 1, 2)).isEqualTo(new Page<>(List.of(3, 4), 5, 1, 2));
        assertThat(Page.of(all, 2, 2).items()).containsExactly(5);
        assertThat(Page.of(all, 9, 2).items()).isEmpty();
        assertThat(Page.of(all, -1, 0)).isEqualTo(new Page<>(List.of(1), 5, 0, 1));
    }

    @Test
    void theLoginPageEscapesWhatItPutsIn() {
        assertThat(LoginPage.render("<input name=\"{{csrfParameter}}\" value=\"{{csrfToken}}\">{{notice}}", "_csrf",
                "a\"b<", "您已安全退出。"))
                .isEqualTo("<input name=\"_csrf\" value=\"a&quot;b&lt;\"><p class=\"notice\" role=\"status\">您已安全退出。</p>");
        assertThat(LoginPage.render("{{notice}}", "_csrf", "t", "")).isEmpty();
    }
}
