package nianbao.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.PassedChecks;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.events.Verdict;
import nianbao.infra.browser.HeadlessChromium;
import nianbao.report.testing.SampleReports;
import nianbao.schemas.Topics;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intake page in headless Chromium, as a clerk uses it: upload a report, read the result, submit it again, look
 * at the agency's earlier submissions, on a desktop and on a phone 400 px wide. Two agencies of the test's own, so
 * that their submission lists hold exactly what these tests submitted. validate-service is played by the test: it
 * sends the report-validated events that the real one sends for these documents. Every step leaves a screenshot in
 * {@code target/portal-browser/}, and a failing step one named {@code …-failed.png}. Skipped where Debian's chromium
 * is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "nianbao.agencies[0].id=portal-town",
        "nianbao.agencies[0].name=锦屏街道办事处（门户测试）",
        "nianbao.agencies[0].regionCode=330326",
        "nianbao.agencies[0].level=TOWNSHIP",
        "nianbao.agencies[0].apiKeySha256=34d0247a05f1ba37a7acb67eeff1397b0da757810a1464042bc1f336198829ad",
        "nianbao.agencies[1].id=portal-other",
        "nianbao.agencies[1].name=近海镇人民政府（门户测试）",
        "nianbao.agencies[1].regionCode=320681",
        "nianbao.agencies[1].level=TOWNSHIP",
        "nianbao.agencies[1].apiKeySha256=f7030c22c72b56a34e45cd70fccddc5bfcd18f0af64a70c7ee5191446a9c4b3d"})
@EmbeddedKafka(partitions = 2, topics = "report-validated")
class PortalBrowserTest extends OnRealParts {

    private static final Agency TOWN = new Agency("portal-town", "锦屏街道办事处（门户测试）", "330326", AgencyLevel.TOWNSHIP, null);
    private static final Agency OTHER = new Agency("portal-other", "近海镇人民政府（门户测试）", "320681", AgencyLevel.TOWNSHIP, null);
    private static final Path SCREENSHOTS = Path.of("target", "portal-browser");
    private static final String RED = "rgb(207, 19, 34)";
    private static final String AMBER = "rgb(212, 136, 6)";

    private String testName;

    @BeforeEach
    void name(TestInfo test) {
        testName = test.getTestMethod().orElseThrow().getName();
    }

    /**
     * The jinping sample with its 行政复议总计 changed from 0 to 2, as validate-service judges it (ruleset 2026.1, read
     * off the offline checker): 总计 2 against components summing to 0 is an ERROR, the text's 行政复议0件 a WARNING.
     */
    @Test
    void anUploadedReportShowsItsProblemsInWordsInRedAndItsResubmissionKeepsTheDuplicateNotice() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.executable().isPresent(), "Debian's chromium is not installed");
        Path report = Files.createTempDirectory("portal-browser-").resolve("锦屏街道2022年报.txt");
        Files.writeString(report, jinpingWithTwoReviews());

        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.viewport(1280, 900);
            open(browser);
            step(browser, "1-filled", () -> {
                browser.evaluate("""
                        document.getElementById('agencyId').value = 'portal-town';
                        document.getElementById('reportYear').value = '2022';
                        const key = document.getElementById('apiKey');
                        key.value = 'portal-town-key';
                        key.dispatchEvent(new Event('change')); 'filled'""");
                browser.chooseFile("#file", report);
                eventually().until(() -> text(browser, "historyStatus").equals("尚无提交记录。"));
                return null;
            });

            String id = step(browser, "2-result", () -> {
                browser.evaluate("document.getElementById('submit').click(); 'clicked'");
                eventually().until(() -> text(browser, "outcomeTitle").equals("报告已受理，正在核查…"));
                String submissionId = submissionOf("portal-town", 2022);
                publishJudgement(submissionId, TOWN, 2022);
                eventually().until(() -> text(browser, "outcomeTitle").equals("核查结果：发现问题"));
                return submissionId;
            });
            assertThat(browser.evaluate("getComputedStyle(document.getElementById('outcome')).borderLeftColor"))
                    .isEqualTo(RED);
            assertThat(browser.evaluate("getComputedStyle(document.getElementById('outcomeTitle')).color")).isEqualTo(RED);
            // what needs doing, errors first, each said in words; the rule id only in the line below it
            assertThat(browser.evaluate("""
                    [...document.querySelectorAll('#result ol.findings > li > p:first-child')]
                        .map(p => p.textContent).join('\\n')"""))
                    .isEqualTo("""
                            错误 表四“行政复议”：结果维持＋结果纠正＋其他结果＋尚未审结＝总计：不符合，表四“行政复议·结果维持”(0) + \
                            表四“行政复议·结果纠正”(0) + 表四“行政复议·其他结果”(0) + 表四“行政复议·尚未审结”(0) = 0，\
                            而 表四“行政复议·总计”(2) = 2，相差 2。请核对报告原文数据并予以更正。
                            警告 正文所述行政复议件数与表四“行政复议·总计”：不符合，表四“行政复议·总计”(2) = 2，\
                            而 正文所述数字(0) = 0，相差 2。请核对报告原文数据并予以更正。
                            提示 标题“锦屏街道2022年政府信息公开年度报告”未采用规范名称“政府信息公开工作年度报告”；\
                            规范标题为“锦屏街道2022年政府信息公开工作年度报告”。""");
            assertThat(text(browser, "outcome")).contains("规则编号 T4-REVIEW-TOTAL", "行政复议总计2")
                    .doesNotContain("T4[", "N:", "PASS", "FAIL", "ERROR");
            assertThat(browser.evaluate("document.getElementById('notice').hidden")).isEqualTo("true");
            // the rest, by rule: the passed checks arrive counted, each rule once with an example, in words
            assertThat(browser.evaluate("document.querySelector('#result details > summary').textContent"))
                    .isEqualTo("其余 8 项检查（通过或无法检查）");
            assertThat(browser.evaluate("""
                    [...document.querySelectorAll('#result ul.checks > li')]
                        .map(li => li.childNodes[0].textContent + li.childNodes[1].textContent).join('\\n')"""))
                    .isEqualTo("""
                            通过 表三“总计”列勾稽关系（本年新收＋上年结转＝办理结果总计＋结转下年度继续办理）：符合。
                            通过 表三第（一）行：表三“一、本年新收政府信息公开申请数量”行“总计”列(2) 等于各项之和：符合。（同类共 6 项）
                            无法检查 跨年度检查：尚无本机关 2021 年度报告，暂不能检查；收到该年度报告后将重新检查。""");

            step(browser, "3-duplicate", () -> {
                browser.evaluate("document.getElementById('submit').click(); 'clicked'");
                eventually().until(() -> text(browser, "noticeTitle").equals("该报告此前已提交过")
                        && text(browser, "outcomeTitle").equals("核查结果：发现问题"));
                // the page polls every 3 s: the notice is still there after the next poll would have come
                Thread.sleep(3_500);
                return null;
            });
            assertThat(browser.evaluate("document.getElementById('notice').hidden")).isEqualTo("false");
            assertThat(text(browser, "noticeDetail"))
                    .isEqualTo("本机关同一年度的相同文件此前已经提交，无需重复提交。下面是那次提交的核查结果。");
            assertThat(text(browser, "receipt")).isEqualTo("提交编号（向主管部门咨询时请提供）：" + id);

            step(browser, "4-history", () -> {
                eventually().until(() -> text(browser, "historyStatus").equals("共 1 次提交，最近的在前。"));
                return null;
            });
            assertThat(text(browser, "historyTitle")).isEqualTo("锦屏街道办事处（门户测试）的报送记录");
            assertThat(browser.evaluate("""
                    [...document.querySelectorAll('#historyList > li > p')].map(p => p.textContent).join('\\n')"""))
                    .isEqualTo("""
                            2022 年度 发现问题
                            错误 1 项，警告 1 项，提示 1 项
                            锦屏街道2022年报.txt · 网页报送 · 提交于 %s""".formatted(shanghaiTime(id)));
        }

        // the list the page shows, as the API gives it: newest first, a submission still being checked included
        String later = Http.upload(url("/api/reports"), "portal-town-key", "2021.txt", Files.readAllBytes(report),
                "agencyId", "portal-town", "reportYear", "2021").body().get("submissionId").asString();
        JsonNode own = Http.get(url("/api/submissions"), "portal-town-key").body();
        assertThat(own.get("agencyId").asString()).isEqualTo("portal-town");
        assertThat(own.get("agencyName").asString()).isEqualTo("锦屏街道办事处（门户测试）");
        assertThat(own.get("submissions").valueStream().map(s -> String.join("|", s.get("submissionId").asString(),
                s.get("reportYear").asString(), s.get("fileName").asString(), s.get("channel").asString(),
                s.get("status").asString(), s.get("verdict").asString(), s.get("errors").asString(),
                s.get("warnings").asString(), s.get("notes").asString(), s.get("uncertain").asString())))
                .containsExactly(later + "|2021|2021.txt|API|SUBMITTED||0|0|0|0",
                        submissionOf("portal-town", 2022) + "|2022|锦屏街道2022年报.txt|PORTAL|VALIDATED|FAIL|1|1|1|0");
        Http.Answer anonymous = Http.get(url("/api/submissions"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body().get("type").asString()).isEqualTo("urn:nianbao:problem:api-key-missing");
    }

    /** The qidong sample pasted on a phone, as validate-service judges it: tables cut short, so INCOMPLETE. */
    @Test
    void onAPhoneThePageAndItsResultFitTheScreenAndRefusalsSayWhatToDo() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.executable().isPresent(), "Debian's chromium is not installed");
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.viewport(400, 800);
            open(browser);
            step(browser, "1-wrong-key", () -> {
                browser.evaluate("""
                        document.getElementById('agencyId').value = 'portal-other';
                        document.getElementById('reportYear').value = '2022';
                        document.querySelector('input[name=mode][value=text]').click();
                        document.getElementById('text').value = %s;
                        document.getElementById('apiKey').value = 'portal-other-kye';
                        document.getElementById('submit').click(); 'clicked'""".formatted(
                        jsString(SampleReports.text(SampleReports.QIDONG))));
                eventually().until(() -> text(browser, "outcomeTitle").equals("API 密钥不正确"));
                return null;
            });
            assertThat(text(browser, "outcomeDetail"))
                    .isEqualTo("请核对密钥（区分大小写，前后不要有空格）。如密钥遗失，请联系上级政务公开主管部门重新发放。");
            assertThat(browser.evaluate("document.activeElement.id")).isEqualTo("apiKey");
            assertThat(browser.evaluate("document.getElementById('apiKey').getAttribute('aria-invalid')")).isEqualTo("true");
            assertThat(text(browser, "apiKeyError")).isEqualTo("API 密钥不正确：" + text(browser, "outcomeDetail"));

            step(browser, "2-key-of-another-agency", () -> {
                browser.evaluate("""
                        document.getElementById('apiKey').value = 'portal-town-key';
                        document.getElementById('submit').click(); 'clicked'""");
                eventually().until(() -> text(browser, "outcomeTitle").equals("密钥与所选机关不符"));
                return null;
            });
            assertThat(text(browser, "outcomeDetail"))
                    .isEqualTo("所填密钥属于另一个机关。请在“机关名称”中选择本机关，或填写本机关的密钥。");
            assertThat(browser.evaluate("document.activeElement.id")).isEqualTo("agencyId");
            assertThat(browser.evaluate("document.getElementById('apiKeyError')")).isNull();
            assertThat(text(browser, "agencyIdError")).isEqualTo("密钥与所选机关不符：" + text(browser, "outcomeDetail"));

            step(browser, "3-result", () -> {
                browser.evaluate("""
                        const key = document.getElementById('apiKey');
                        key.value = 'portal-other-key';
                        key.dispatchEvent(new Event('change'));
                        document.getElementById('submit').click(); 'clicked'""");
                eventually().until(() -> text(browser, "outcomeTitle").equals("报告已受理，正在核查…"));
                publishTruncatedJudgement(submissionOf("portal-other", 2022), OTHER, 2022);
                eventually().until(() -> text(browser, "outcomeTitle").equals("核查结果：无法完整核查")
                        && text(browser, "historyStatus").equals("共 1 次提交，最近的在前。"));
                browser.evaluate("document.querySelectorAll('details').forEach(d => d.open = true); 'opened'");
                return null;
            });
            assertThat(browser.evaluate("getComputedStyle(document.getElementById('outcome')).borderLeftColor"))
                    .isEqualTo(AMBER);
            assertThat(browser.evaluate("document.documentElement.scrollWidth")).isEqualTo("400");
            assertThat(browser.evaluate("""
                    [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 400.5)
                        .map(e => e.tagName + '#' + e.id + '.' + e.className).join()""")).isEmpty();
            assertThat(text(browser, "result")).contains("表三缺少 2 行：“8.属于行政查询事项”、“1.本机关不掌握相关政府信息”。",
                    "未找到 3 个单元格（表二“规章·本年制发件数”、表二“规章·本年废止件数”、表二“规章·现行有效件数”）");
            assertThat(browser.evaluate("""
                    [...document.querySelectorAll('#historyList > li > p')].map(p => p.textContent).join('\\n')"""))
                    .isEqualTo("""
                            2022 年度 无法完整核查
                            警告 2 项，提示 1 项，需人工核对 1 项
                            %s · 网页报送 · 提交于 %s""".formatted(
                            "年度报告正文（粘贴）.txt", shanghaiTime(submissionOf("portal-other", 2022))));
        }
    }

    private void open(HeadlessChromium browser) throws Exception {
        browser.navigate(url("/"));
        eventually().until(() -> "complete".equals(browser.evaluate("document.readyState"))
                && "true".equals(browser.evaluate("document.getElementById('outcome').hidden")));
    }

    /** Runs a step of the test and photographs the page after it, or when it failed. */
    private <T> T step(HeadlessChromium browser, String name, Callable<T> step) throws Exception {
        try {
            T result = step.call();
            browser.screenshot(SCREENSHOTS.resolve(testName + "-" + name + ".png"));
            return result;
        } catch (Exception | AssertionError e) {
            browser.screenshot(SCREENSHOTS.resolve(testName + "-" + name + "-failed.png"));
            throw e;
        }
    }

    private static String text(HeadlessChromium browser, String id) throws Exception {
        return String.valueOf(browser.evaluate("document.getElementById('" + id + "').textContent"));
    }

    private static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .ignoreException(IllegalStateException.class);
    }

    private String submissionOf(String agencyId, int year) {
        return jdbc.sql("select id from submission where agency_id = ? and report_year = ?").params(agencyId, year)
                .query(UUID.class).single().toString();
    }

    /** The submission time as the page writes it, in Beijing time. */
    private String shanghaiTime(String submissionId) {
        OffsetDateTime at = jdbc.sql("select submitted_at from submission where id = ?").param(UUID.fromString(submissionId))
                .query(OffsetDateTime.class).single();
        OffsetDateTime beijing = at.toInstant().atOffset(ZoneOffset.ofHours(8));
        return "%d年%d月%d日 %02d:%02d".formatted(beijing.getYear(), beijing.getMonthValue(), beijing.getDayOfMonth(),
                beijing.getHour(), beijing.getMinute());
    }

    private static String jinpingWithTwoReviews() {
        List<String> lines = new ArrayList<>(SampleReports.lines(SampleReports.JINPING));
        // table 四's 15 values follow its labels one per line, 行政复议 first: the fifth is its 总计
        int heading = lines.indexOf("四、政府信息公开行政复议、行政诉讼情况");
        int first = heading;
        while (!lines.get(first).matches("\\t\\d+")) first++;
        int total = first + 4;
        assertThat(lines.subList(first, total + 1)).containsOnly("\t0");
        lines.set(total, "\t2");
        return String.join("\n", lines) + "\n";
    }

    private void publishJudgement(String submissionId, Agency agency, int year) {
        Map<String, String> figures = figures("2", "0", "0");
        ReportValidated judgement = Events.validated(submissionId, agency, year,
                Instant.now(), Verdict.FAIL, Instant.now(), figures,
                Events.finding("S-TITLE", RuleOutcome.FAIL, Severity.INFO,
                        "标题“锦屏街道2022年政府信息公开年度报告”未采用规范名称“政府信息公开工作年度报告”；"
                                + "规范标题为“锦屏街道2022年政府信息公开工作年度报告”。", "锦屏街道2022年政府信息公开年度报告"),
                Events.finding("N-REVIEW", RuleOutcome.FAIL, Severity.WARNING,
                        "正文所述行政复议件数与表四“行政复议·总计”：不符合，T4[RV.TOTAL](2) = 2，而 N:REVIEW_COUNT(0) = 0，"
                                + "相差 2。请核对报告原文数据并予以更正。", "因政府信息公开引起的行政复议0件"),
                Events.finding("T4-REVIEW-TOTAL", RuleOutcome.FAIL, Severity.ERROR,
                        "表四“行政复议”：结果维持＋结果纠正＋其他结果＋尚未审结＝总计：不符合，T4[RV.MAINTAIN](0) + "
                                + "T4[RV.CORRECT](0) + T4[RV.OTHER](0) + T4[RV.PENDING](0) = 0，而 T4[RV.TOTAL](2) = 2，"
                                + "相差 2。请核对报告原文数据并予以更正。", "总计 … 2"),
                Events.finding("X-CARRY", RuleOutcome.NOT_ASSESSABLE, Severity.ERROR,
                        "跨年度检查：尚无本机关 2021 年度报告，暂不能检查；收到该年度报告后将重新检查。", null));
        Events.send(brokers, Topics.REPORT_VALIDATED, agency.getId(), ReportValidated.newBuilder(judgement)
                .setPassedChecks(List.of(
                        new PassedChecks("T3-BALANCE", 1,
                                "表三“总计”列勾稽关系（本年新收＋上年结转＝办理结果总计＋结转下年度继续办理）：符合。", "balances"),
                        new PassedChecks("T3-ROWSUM", 6, "表三第（一）行：T3[R1][TOT](2) 等于各项之和：符合。", "adds up")))
                .build());
    }

    private void publishTruncatedJudgement(String submissionId, Agency agency, int year) {
        Events.send(brokers, Topics.REPORT_VALIDATED, agency.getId(), Events.validated(submissionId, agency, year,
                Instant.now(), Verdict.INCOMPLETE, Instant.now(), figures("0", null, null),
                Events.finding("T3-SHAPE", RuleOutcome.FAIL, Severity.WARNING,
                        "表三缺少 2 行：R3.3.8“8.属于行政查询事项”、R3.4.1“1.本机关不掌握相关政府信息”。"
                                + "请核对报告表格是否缺行、合并或被截断；涉及这些行的计算规则无法检查。", null),
                Events.finding("T2-SHAPE", RuleOutcome.FAIL, Severity.WARNING,
                        "表二（主动公开政府信息情况）结构：不完整，未找到 3 个单元格（T2.REG.MADE、T2.REG.REPEALED、"
                                + "T2.REG.VALID）。请核对报告表格是否缺行、缺列或被截断，缺失单元格涉及的计算规则无法检查。", null),
                Events.finding("S-PERIOD", RuleOutcome.FAIL, Severity.INFO,
                        "报告未说明统计期限（通常写明“本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止”）。", null),
                Events.finding("P-TRUNCATED", RuleOutcome.UNCERTAIN, Severity.INFO,
                        "解析提示：表格在文中提前结束（被截断），缺失部分的规则无法检查。此为解析问题，并非报告违规。", null)));
    }

    private static Map<String, String> figures(String reviews, String outcomesTotal, String carriedOver) {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("T3[R1][TOT]", "1");
        figures.put("T3[R2][TOT]", "0");
        figures.put("T3[R3.7][TOT]", outcomesTotal);
        figures.put("T3[R4][TOT]", carriedOver);
        figures.put("T4[RV.TOTAL]", reviews);
        figures.put("T4[LD.TOTAL]", "0");
        figures.put("T4[LR.TOTAL]", "0");
        return figures;
    }

    private static String jsString(String text) {
        return JsonMapper.builder().build().writeValueAsString(text);
    }
}
