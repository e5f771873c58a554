package nianbao.notify.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import nianbao.events.AgencyDirectoryEntry;
import nianbao.infra.browser.HeadlessChromium;
import nianbao.notify.directory.ApiKeys;
import nianbao.notify.support.DirectoryTopic;
import nianbao.notify.support.NotifyIntegrationTest;

/**
 * In headless Chromium, the local administrator logs in, enrols 淮安市洪泽区人民政府办公室, issues its key (shown once,
 * published as its digest: ingest-service's DirectoryFlowTest takes it from there to a 202), and imports a CSV with a
 * bad line, which is named and imports nothing. Every step leaves a screenshot in {@code target/admin-browser/}, a
 * failing one {@code …-failed.png}. Skipped where Debian's chromium is not installed.
 */
class AdminBrowserTest extends NotifyIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "admin-browser");

    @Test
    void theAdministratorEnrolsAnAgencyIssuesItsKeyAndIsToldWhichCsvLineIsWrong() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.executable().isPresent(), "Debian's chromium is not installed");
        String base = "http://127.0.0.1:" + port;
        Path csv = Files.createTempDirectory("admin-browser-").resolve("洪泽区机关.csv");
        Files.writeString(csv, """
                机关编号,机关名称,行政区划代码,层级,上级政府
                browser-gaoliang,高良涧街道办事处,320813,乡镇人民政府、街道办事处,淮安市洪泽区人民政府
                browser-sanhe,三河镇人民政府,32O813,乡镇人民政府、街道办事处,淮安市洪泽区人民政府
                """, StandardCharsets.UTF_8);

        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.viewport(1280, 900);
            step(browser, "1-login", () -> loginAsAdmin(browser, base));
            assertThat(browser.evaluate("document.title")).isEqualTo("政务公开年报核查 · 系统管理");
            assertThat(text(browser, "agencies")).contains("龙亭区人民政府办公室", "县级政府部门", "已签发");

            step(browser, "2-enrolled", () -> {
                browser.evaluate("""
                        document.getElementById('a-id').value = 'hongze-browser';
                        document.getElementById('a-name').value = '淮安市洪泽区人民政府办公室';
                        document.getElementById('a-regionCode').value = '320813';
                        document.getElementById('a-level').value = 'COUNTY_DEPARTMENT';
                        document.getElementById('a-parentGovernment').value = '淮安市洪泽区人民政府';
                        document.getElementById('agencySave').click(); 'saved'""");
                eventually().until(() -> row(browser, "hongze-browser").contains("已同步"));
                return null;
            });
            assertThat(row(browser, "hongze-browser")).isEqualTo("hongze-browser 淮安市洪泽区人民政府办公室 320813 县级政府部门 "
                    + "淮安市洪泽区人民政府 启用 未签发 已同步 编辑 停用 签发密钥");
            assertThat(text(browser, "agencyStatus")).isEqualTo("已保存：淮安市洪泽区人民政府办公室。");

            String key = step(browser, "3-key", () -> {
                browser.evaluate("document.querySelector('tr[data-id=\"hongze-browser\"] button[data-action=key]').click(); 'k'");
                eventually().until(() -> "false".equals(browser.evaluate("document.getElementById('keyBox').hidden")));
                return text(browser, "issuedKey");
            });
            assertThat(key).matches("[A-Za-z0-9_-]{43}");
            assertThat(text(browser, "keyBox")).contains("机关：淮安市洪泽区人民政府办公室。密钥只显示这一次");
            eventually().until(() -> DirectoryTopic.entriesOf(broker.getBrokersAsString(), "hongze-browser").stream()
                    .map(AgencyDirectoryEntry::getApiKeySha256).anyMatch(ApiKeys.sha256Hex(key)::equals));
            eventually().until(() -> row(browser, "hongze-browser").contains("已签发（"));

            step(browser, "4-import-refused", () -> {
                browser.chooseFile("#csvFile", csv);
                browser.evaluate("document.getElementById('importButton').click(); 'i'");
                eventually().until(() -> "false".equals(browser.evaluate("document.getElementById('importProblems').hidden")));
                return null;
            });
            assertThat(text(browser, "importStatus")).isEqualTo("文件有 1 处错误，未导入任何机关");
            assertThat(browser.evaluate("document.querySelector('#importProblems tbody').innerText").strip())
                    .isEqualTo("第 3 行\t行政区划代码\t「32O813」不是 6 位数字的行政区划代码");
            assertThat(text(browser, "agencies")).doesNotContain("高良涧街道办事处");
        }
    }

    /**
     * A supervisor added with a webhook that is not https: the account is saved, the address refused with its reason
     * and the form stays on the account; corrected, the signing secret is shown once and the row says how notices go.
     */
    @Test
    void theAdministratorGivesASupervisorAWebhookAndTheDailyDigest() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.executable().isPresent(), "Debian's chromium is not installed");
        String base = "http://127.0.0.1:" + port;
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.viewport(1280, 900);
            step(browser, "5-login", () -> loginAsAdmin(browser, base));
            step(browser, "6-webhook-refused", () -> {
                browser.evaluate("""
                        document.getElementById('s-login').value = 'browser-xuzhou';
                        document.getElementById('s-name').value = '徐州市政务公开办';
                        document.getElementById('s-email').value = 'xuzhou-gongkai@example.org';
                        document.getElementById('s-regionCodes').value = '320300';
                        document.getElementById('s-password').value = 'xuzhou-first-pass';
                        document.getElementById('s-webhookUrl').value = 'http://hooks.example.org/xuzhou';
                        document.getElementById('s-dailyDigest').checked = true;
                        document.getElementById('accountSave').click(); 'saved'""");
                eventually().until(() -> !text(browser, "accountProblems").isEmpty());
                return null;
            });
            assertThat(text(browser, "accountProblems")).isEqualTo("回调地址：须以 https:// 开头（通知内容须加密传输）");
            assertThat(text(browser, "accountFormTitle")).isEqualTo("编辑监管账号：徐州市政务公开办");
            assertThat(accountRow(browser, "browser-xuzhou")).contains("徐州市政务公开办 xuzhou-gongkai@example.org 320300 "
                    + "全部层级 电子邮件 启用");

            String secret = step(browser, "7-webhook-set", () -> {
                browser.evaluate("""
                        document.getElementById('s-webhookUrl').value = 'https://hooks.example.org/xuzhou';
                        document.getElementById('accountSave').click(); 'saved'""");
                eventually().until(() -> "false".equals(browser.evaluate("document.getElementById('secretBox').hidden")));
                return text(browser, "webhookSecret");
            });
            assertThat(secret).matches("[A-Za-z0-9_-]{43}");
            assertThat(text(browser, "secretAccount")).isEqualTo("徐州市政务公开办");
            eventually().until(() -> accountRow(browser, "browser-xuzhou").contains("回调"));
            assertThat(accountRow(browser, "browser-xuzhou")).isEqualTo("browser-xuzhou 徐州市政务公开办 "
                    + "xuzhou-gongkai@example.org 320300 全部层级 电子邮件、回调（https://hooks.example.org/xuzhou）、每日汇总 "
                    + "启用 编辑 停用 重置密码");
            assertThat(text(browser, "accountFormTitle")).isEqualTo("新增监管账号");
        }
    }

    /** Opens /admin, is sent to the login page, signs in as the local administrator and waits for both tables. */
    private static Void loginAsAdmin(HeadlessChromium browser, String base) throws Exception {
        browser.navigate(base + "/admin");
        eventually().until(() -> "/login".equals(browser.evaluate("location.pathname"))
                && "complete".equals(browser.evaluate("document.readyState")));
        browser.evaluate("""
                document.querySelector('input[name=username]').value = 'admin';
                document.querySelector('input[name=password]').value = 'admin-pass';
                document.querySelector('form').submit(); 'submitted'""");
        eventually().until(() -> "/admin".equals(browser.evaluate("location.pathname"))
                && text(browser, "agencyCount").startsWith("共 ") && text(browser, "accountCount").startsWith("共 "));
        return null;
    }

    private static String accountRow(HeadlessChromium browser, String login) throws Exception {
        return String.valueOf(browser.evaluate("(r => r ? r.innerText : '')(document.querySelector('tr[data-login=\""
                + login + "\"]'))")).replaceAll("\\s+", " ").strip();
    }

    private static String text(HeadlessChromium browser, String id) throws Exception {
        return String.valueOf(browser.evaluate("document.getElementById('" + id + "').textContent")).strip();
    }

    /** A table row's cells, whitespace collapsed. */
    private static String row(HeadlessChromium browser, String agencyId) throws Exception {
        return String.valueOf(browser.evaluate("(r => r ? r.innerText : '')(document.querySelector('tr[data-id=\""
                + agencyId + "\"]'))")).replaceAll("\\s+", " ").strip();
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
