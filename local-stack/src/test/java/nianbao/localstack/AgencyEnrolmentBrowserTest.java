package nianbao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import nianbao.infra.browser.HeadlessChromium;
import nianbao.infra.files.Directories;
import nianbao.report.testing.SampleReports;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 10's "done when", in headless Chromium on the whole local stack: the local administrator enrols an agency
 * the stack has never heard of and issues its key (read off the page, where it is shown once); without a restart
 * the agency's clerk finds it on the portal, submits two sample reports with that key, reads each verdict in Chinese
 * and both in the agency's history; its supervisor finds it in the overview with the verdict. Every step leaves a
 * screenshot in {@code target/enrolment-browser/}, a failing one {@code …-failed.png}. Skipped where Debian's chromium
 * is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyEnrolmentBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "enrolment-browser");
    private static final String AGENCY = "shunhe-gov-office";
    private static final String AGENCY_NAME = "开封市顺河回族区人民政府办公室";

    private Path dataDir;
    private LocalStack stack;

    @BeforeAll
    void startStack() {
        Assumptions.assumeTrue(HeadlessChromium.executable().isPresent(), "Debian's chromium is not installed");
        dataDir = Directories.createTemp("nianbao-enrolment-");
        stack = LocalStack.start(StackSettings.freePorts(dataDir, RepositoryRoot.find()));
    }

    @AfterAll
    void stopStack() {
        if (stack != null) {
            stack.close();
        }
        if (dataDir != null) {
            Directories.deleteRecursively(dataDir);
        }
    }

    @Test
    void anAgencyTheAdministratorEnrolsSubmitsAtOnceWithTheKeyItWasIssuedAndItsSupervisorSeesIt() throws Exception {
        String key = enrolAndIssueKey();

        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.viewport(1280, 900);
            step(browser, "4-portal", () -> {
                // the portal lists the agencies ingest-service knows; the new one arrives over agency-directory
                eventually().until(() -> {
                    browser.navigate(stack.portalUrl() + "/");
                    return "true".equals(browser.evaluate("document.readyState === 'complete' && "
                            + "!!document.querySelector('#agencyId option[value=\"" + AGENCY + "\"]')"));
                });
                browser.evaluate("""
                        document.getElementById('agencyId').value = '%s';
                        document.getElementById('reportYear').value = '2022';
                        const key = document.getElementById('apiKey');
                        key.value = '%s';
                        key.dispatchEvent(new Event('change')); 'filled'""".formatted(AGENCY, key));
                browser.chooseFile("#file", SampleReports.directory().resolve(SampleReports.LONGTING));
                eventually().until(() -> text(browser, "historyStatus").equals("尚无提交记录。"));
                return null;
            });
            assertThat(browser.evaluate("document.querySelector('#agencyId option:checked').textContent"))
                    .isEqualTo(AGENCY_NAME + "（开封市顺河回族区人民政府）");

            step(browser, "5-first-result", () -> {
                browser.evaluate("document.getElementById('submit').click(); 'clicked'");
                eventually().until(() -> text(browser, "outcomeTitle").equals("核查结果：通过"));
                return null;
            });

            step(browser, "6-second-result", () -> {
                browser.evaluate("document.getElementById('reportYear').value = '2020'; 'year'");
                browser.chooseFile("#file", SampleReports.directory().resolve(SampleReports.KUNWU));
                browser.evaluate("document.getElementById('submit').click(); 'clicked'");
                eventually().until(() -> text(browser, "outcomeTitle").equals("核查结果：无法完整核查"));
                return null;
            });

            step(browser, "7-history", () -> {
                eventually().until(() -> text(browser, "historyStatus").equals("共 2 次提交，最近的在前。"));
                return null;
            });
            assertThat(text(browser, "historyTitle")).isEqualTo(AGENCY_NAME + "的报送记录");
            assertThat(browser.evaluate("""
                    [...document.querySelectorAll('#historyList > li > p:first-child')]
                        .map(p => p.textContent).join('\\n')"""))
                    .isEqualTo("2020 年度 无法完整核查\n2022 年度 通过");
        }

        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.viewport(1280, 900);
            step(browser, "8-overview", () -> {
                login(browser, "/", "kaifeng-gongkai", "/");
                browser.evaluate("""
                        document.getElementById('f-year').value = '2022';
                        document.querySelector('#filters button[type=submit]').click(); 'filtered'""");
                eventually().until(() -> overviewRow(browser).contains("未发现问题"));
                return null;
            });
            // the region named from the directory (the agency's parent government), due 31 January 2023, sent today
            assertThat(overviewRow(browser)).startsWith(AGENCY_NAME + " 开封市顺河回族区 县级政府部门 逾期提交 截止 2023-01-31 ")
                    .endsWith(" 未发现问题 0");
        }
    }

    /** The administrator's part: log in, enrol the agency, issue its key; returns the key as the page shows it. */
    private String enrolAndIssueKey() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.viewport(1280, 900);
            step(browser, "1-admin", () -> {
                login(browser, "/admin", "admin", "/admin");
                eventually().until(() -> text(browser, "agencyCount").startsWith("共 "));
                return null;
            });
            step(browser, "2-enrolled", () -> {
                browser.evaluate("""
                        document.getElementById('a-id').value = '%s';
                        document.getElementById('a-name').value = '%s';
                        document.getElementById('a-regionCode').value = '410203';
                        const level = document.getElementById('a-level');
                        level.value = [...level.options].find(o => o.textContent === '县级政府部门').value;
                        document.getElementById('a-parentGovernment').value = '开封市顺河回族区人民政府';
                        document.getElementById('agencySave').click(); 'saved'""".formatted(AGENCY, AGENCY_NAME));
                eventually().until(() -> row(browser).contains("已同步"));
                return null;
            });
            assertThat(text(browser, "agencyStatus")).isEqualTo("已保存：" + AGENCY_NAME + "。");
            assertThat(row(browser)).isEqualTo(AGENCY + " " + AGENCY_NAME
                    + " 410203 县级政府部门 开封市顺河回族区人民政府 启用 未签发 已同步 编辑 停用 签发密钥");

            String key = step(browser, "3-key", () -> {
                browser.evaluate("document.querySelector('tr[data-id=\"" + AGENCY
                        + "\"] button[data-action=key]').click(); 'key'");
                eventually().until(() -> "false".equals(browser.evaluate("document.getElementById('keyBox').hidden"))
                        && row(browser).contains("已签发（") && row(browser).contains("已同步"));
                return text(browser, "issuedKey");
            });
            assertThat(key).matches("[A-Za-z0-9_-]{43}");
            assertThat(text(browser, "keyAgency")).isEqualTo(AGENCY_NAME);
            return key;
        }
    }

    /** Opens {@code path} on the dashboard, is sent to the login page, signs in and lands on {@code landing}. */
    private void login(HeadlessChromium browser, String path, String login, String landing) throws Exception {
        browser.navigate(stack.dashboardUrl() + path);
        eventually().until(() -> "/login".equals(browser.evaluate("location.pathname"))
                && "complete".equals(browser.evaluate("document.readyState")));
        browser.evaluate("""
                document.querySelector('input[name=username]').value = '%s';
                document.querySelector('input[name=password]').value = '%s-pass';
                document.querySelector('form').submit(); 'submitted'""".formatted(login, login));
        eventually().until(() -> landing.equals(browser.evaluate("location.pathname"))
                && "complete".equals(browser.evaluate("document.readyState")));
    }

    private static String text(HeadlessChromium browser, String id) throws Exception {
        return String.valueOf(browser.evaluate("document.getElementById('" + id + "').textContent")).strip();
    }

    /** The new agency's row in the administration's table, whitespace collapsed. */
    private static String row(HeadlessChromium browser) throws Exception {
        return String.valueOf(browser.evaluate("(r => r ? r.innerText : '')(document.querySelector('tr[data-id=\""
                + AGENCY + "\"]'))")).replaceAll("\\s+", " ").strip();
    }

    /** The new agency's row in the supervisor's overview, whitespace collapsed. */
    private static String overviewRow(HeadlessChromium browser) throws Exception {
        return String.valueOf(browser.evaluate("""
                (r => r ? r.innerText : '')([...document.querySelectorAll('#overview tbody tr')]
                    .find(r => r.cells[0].textContent.trim() === '%s'))""".formatted(AGENCY_NAME)))
                .replaceAll("\\s+", " ").strip();
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).ignoreExceptions();
    }

    private static <T> T step(HeadlessChromium browser, String name, Callable<T> action) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        try {
            T result = action.call();
            browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
            return result;
        } catch (Exception | AssertionError e) {
            browser.screenshot(SCREENSHOTS.resolve(name + "-failed.png"));
            throw e;
        }
    }
}
