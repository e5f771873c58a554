package nianbao.notify.dashboard;

import static nianbao.notify.support.Events.finding;
import static nianbao.notify.support.Events.operand;
import static nianbao.notify.support.Events.validated;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.infra.browser.HeadlessChromium;
import nianbao.notify.support.NotifyIntegrationTest;

/**
 * In headless Chromium: 河南省政务公开办 logs in, sees a new alert appear live, dismisses it with a comment, cannot
 * open an agency outside its jurisdiction, and follows a notice mail's link to one agency's report year. Skipped where Debian's chromium is not installed.
 */
class DashboardBrowserTest extends NotifyIntegrationTest {

    private static final Agency INSIDE = Agency.newBuilder().setId("browser-street").setName("浏览街道办事处")
            .setRegionCode("410971").setLevel(AgencyLevel.TOWNSHIP).build();
    private static final Agency OUTSIDE = Agency.newBuilder().setId("browser-outside").setName("域外街道办事处")
            .setRegionCode("330326").setLevel(AgencyLevel.TOWNSHIP).build();

    @Test
    void aSupervisorSeesANewAlertLiveDismissesItAndCannotLookOutsideTheJurisdiction() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.executable().isPresent(), "Debian's chromium is not installed");
        publish(validated("bw-outside-1", OUTSIDE, 2022, Instant.parse("2023-01-05T00:00:00Z")));
        awaitStored("bw-outside-1");
        String base = "http://127.0.0.1:" + port;

        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.navigate(base + "/");
            eventually().until(() -> "/login".equals(browser.evaluate("location.pathname"))
                    && "complete".equals(browser.evaluate("document.readyState")));
            browser.evaluate("""
                    document.querySelector('input[name=username]').value = 'henan-gongkai';
                    document.querySelector('input[name=password]').value = 'henan-gongkai-pass';
                    document.querySelector('form').submit(); 'submitted'""");
            eventually().until(() -> "/".equals(browser.evaluate("location.pathname"))
                    && "实时更新 Live updates: on".equals(browser.evaluate("document.getElementById('live').textContent")));

            publish(validated("bw-1", INSIDE, 2022, Instant.parse("2023-01-06T00:00:00Z"),
                    finding("T4-REVIEW-TOTAL", RuleOutcome.FAIL, Severity.ERROR, "bw-review-total",
                            "行政复议总计与分项之和不符", "行政复议 1 0 0 0 2", operand("T4[RV.TOTAL]", "2", 80))));

            // no reload: the SSE event makes the page fetch the alerts again
            eventually().until(() -> String.valueOf(browser.evaluate("document.getElementById('alerts').textContent"))
                    .contains("行政复议总计与分项之和不符"));
            browser.evaluate("""
                    window.prompt = () => '已电话核实：系填报笔误，下年度更正';
                    document.querySelector('button[data-review=DISMISSED][data-fp="bw-review-total"]').click(); 'clicked'""");
            eventually().until(() -> String.valueOf(browser.evaluate("document.getElementById('alerts').textContent"))
                    .contains("DISMISSED · henan-gongkai：已电话核实：系填报笔误，下年度更正"));
            assertThat(browser.evaluate("""
                    fetch('/api/alerts?agency=browser-street').then(r => r.json())
                        .then(a => a.map(v => v.state + '|' + v.review.comment).join())"""))
                    .isEqualTo("DISMISSED|已电话核实：系填报笔误，下年度更正");

            assertThat(browser.evaluate("fetch('/api/agencies/browser-outside/timeline').then(r => String(r.status))"))
                    .isEqualTo("403");
            assertThat(browser.evaluate("fetch('/api/alerts?agency=browser-outside').then(r => r.text())"))
                    .isEqualTo("[]");

            // the link of a notice mail: that agency's alerts of that year, and its timeline
            browser.navigate(base + "/?agency=browser-street&year=2022");
            eventually().until(() -> "浏览街道办事处".equals(browser.evaluate("document.getElementById('linked-agency').textContent"))
                    && "browser-street".equals(browser.evaluate("document.getElementById('timeline-agency').textContent")));
            assertThat(browser.evaluate("document.getElementById('f-year').value")).isEqualTo("2022");
            assertThat(browser.evaluate("document.getElementById('linked').hidden")).isEqualTo("false");
            assertThat(browser.evaluate("""
                    [...document.querySelectorAll('#alerts tr.agency-row')].map(r => r.textContent).join()"""))
                    .isEqualTo("浏览街道办事处 · 410971 · TOWNSHIP");
        }
    }
}
