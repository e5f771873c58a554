package nianbao.notify.dashboard;

import static nianbao.notify.support.Events.finding;
import static nianbao.notify.support.Events.operand;
import static nianbao.notify.support.Events.validated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.notify.support.Browser;
import nianbao.notify.support.NotifyIntegrationTest;

/**
 * In headless Chromium: 河南省政务公开办 logs in on the Chinese login page, sees a new alert appear live in the
 * alerts list, dismisses it with a comment typed into the page (no browser prompt) after which its buttons are gone,
 * cannot open an agency outside its jurisdiction, and follows a notice mail's link to one agency's report year.
 */
class DashboardBrowserTest extends NotifyIntegrationTest {

    private static final Agency INSIDE = Agency.newBuilder().setId("browser-street").setName("浏览街道办事处")
            .setRegionCode("410971").setLevel(AgencyLevel.TOWNSHIP).build();
    private static final Agency OUTSIDE = Agency.newBuilder().setId("browser-outside").setName("域外街道办事处")
            .setRegionCode("330326").setLevel(AgencyLevel.TOWNSHIP).build();

    @Test
    void aSupervisorSeesANewAlertLiveDismissesItAndCannotLookOutsideTheJurisdiction() throws Exception {
        publish(validated("bw-outside-1", OUTSIDE, 2022, Instant.parse("2023-01-05T00:00:00Z")));
        awaitStored("bw-outside-1");
        String base = "http://127.0.0.1:" + port;

        Browser.run("dashboard-live-review", browser -> {
            browser.navigate(base + "/alerts.html");
            Browser.until(browser, "location.pathname === '/login' && document.readyState === 'complete'");
            assertThat(browser.evaluate("document.querySelector('h1').textContent")).isEqualTo("政务公开年报核查 · 监督平台");
            assertThat(browser.evaluate("document.querySelector('button[type=submit]').textContent")).isEqualTo("登录 Sign in");
            browser.evaluate("""
                    document.getElementById('username').value = 'henan-gongkai';
                    document.getElementById('password').value = 'wrong';
                    document.querySelector('form').submit(); 'submitted'""");
            Browser.until(browser, "location.search === '?error' && document.readyState === 'complete'");
            assertThat(browser.evaluate("document.querySelector('.notice').textContent")).isEqualTo("用户名或密码不正确，请重新输入。");

            Browser.login(browser, base, "henan-gongkai");
            browser.navigate(base + "/alerts.html");
            Browser.until(browser, "document.getElementById('live').textContent === '实时更新：已开启'");
            assertThat(browser.evaluate("document.getElementById('who').textContent")).isEqualTo("河南省政务公开办");

            publish(validated("bw-1", INSIDE, 2022, Instant.parse("2023-01-06T00:00:00Z"),
                    finding("T4-REVIEW-TOTAL", RuleOutcome.FAIL, Severity.ERROR, "bw-review-total",
                            "T4[RV.TOTAL] 与分项之和不符", "行政复议 1 0 0 0 2", operand("T4[RV.TOTAL]", "2", 80))));

            // no reload: the SSE event makes the page fetch the alerts again
            Browser.until(browser, "document.querySelector('[data-fingerprint=\"bw-review-total\"]')");
            String card = "document.querySelector('[data-fingerprint=\"bw-review-total\"]')";
            assertThat(browser.evaluate(card + ".querySelector('.msg').textContent"))
                    .isEqualTo("表四“行政复议·总计” 与分项之和不符EN 表四“行政复议·总计” 与分项之和不符");
            assertThat(browser.evaluate("[..." + card + ".querySelector('.head').children].map(e => e.textContent).join('|')"))
                    .isEqualTo("错误|待处理|浏览街道办事处|2022年度|乡镇人民政府、街道办事处|不符|查看报告");

            // an empty comment is refused in the page; then a comment and 驳回
            browser.evaluate(card + ".querySelector('button[value=DISMISSED]').click(); 'clicked'");
            assertThat(browser.evaluate(card + ".querySelector('.form-error').textContent")).isEqualTo("请填写审核意见。");
            browser.evaluate(card + ".querySelector('textarea').value = '已电话核实：系填报笔误，下年度更正';"
                    + card + ".querySelector('button[value=DISMISSED]').click(); 'clicked'");
            Browser.until(browser, card + ".querySelector('.review-done')");
            assertThat(browser.evaluate(card + ".querySelector('.review-done').textContent"))
                    .matches("已驳回 · 河南省政务公开办 · \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d：已电话核实：系填报笔误，下年度更正");
            assertThat(browser.evaluate(card + ".querySelectorAll('button').length")).isEqualTo("0");
            assertThat(browser.evaluate(card + ".querySelector('.st').textContent")).isEqualTo("已驳回");

            assertThat(browser.evaluate("fetch('/api/agencies/browser-outside/timeline').then(r => String(r.status))"))
                    .isEqualTo("403");
            assertThat(browser.evaluate("fetch('/api/alerts?agency=browser-outside').then(r => r.text())"))
                    .isEqualTo("[]");

            // the link of a notice mail: that agency's alerts of that year
            browser.navigate(base + "/?agency=browser-street&year=2022");
            Browser.until(browser, "document.getElementById('linked-agency').textContent === '浏览街道办事处'");
            assertThat(browser.evaluate("location.pathname")).isEqualTo("/alerts.html");
            assertThat(browser.evaluate("document.getElementById('f-year').value")).isEqualTo("2022");
            assertThat(browser.evaluate("[...document.querySelectorAll('#alerts article')].map(a => a.dataset.fingerprint).join()"))
                    .isEqualTo("bw-review-total");
        });
    }
}
