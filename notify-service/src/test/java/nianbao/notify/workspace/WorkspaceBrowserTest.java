package nianbao.notify.workspace;

import static nianbao.notify.support.Events.validated;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.Attribution;
import nianbao.events.ContainerType;
import nianbao.events.Finding;
import nianbao.events.FormatVersion;
import nianbao.events.Operand;
import nianbao.events.ParseOutcome;
import nianbao.events.ParseSummary;
import nianbao.events.ReportParsed;
import nianbao.events.EventPosition;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.events.SourceSpan;
import nianbao.events.TableLayout;
import nianbao.infra.browser.HeadlessChromium;
import nianbao.notify.support.Browser;
import nianbao.notify.support.NotifyIntegrationTest;

/**
 * The supervisors' workspace in headless Chromium, for 漯河市政务公开办 (411100), whose jurisdiction no other test
 * uses: three agencies, reports of 2021 and 2022. 源汇区人民政府 (a county government, due 31 March) submitted 2022 on
 * 10 March with an ERROR, a WARNING and an INFO; 郾城区教育局 (a county department, due 31 January) submitted 2022 on
 * 15 February; 翟庄街道办事处 reported 2021 only. The export comes first: the report page's review changes a state.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserTest extends NotifyIntegrationTest {

    private static final Agency YUANHUI = agency("lh-yuanhui-gov", "源汇区人民政府", "411102", AgencyLevel.COUNTY_GOVERNMENT);
    private static final Agency YANCHENG_EDU = agency("lh-yancheng-edu", "郾城区教育局", "411103", AgencyLevel.COUNTY_DEPARTMENT);
    private static final Agency ZHAIZHUANG = agency("lh-zhaizhuang", "翟庄街道办事处", "411104", AgencyLevel.TOWNSHIP);
    private static final String TEXT = String.join("\n",
            "源汇区人民政府2022年政府信息公开工作年度报告",
            "三、收到和处理政府信息公开申请情况",
            "一、本年新收政府信息公开申请数量\t16",
            "四、结转下年度继续办理\t3",
            "四、政府信息公开行政复议、行政诉讼情况",
            "行政复议\t1\t0\t0\t0\t2");
    private static boolean published;

    @BeforeEach
    void reports() {
        if (published) {
            return;
        }
        ReportParsed parsed = ReportParsed.newBuilder().setSubmissionId("lh-yh-2022").setAgency(YUANHUI)
                .setReportYear(2022).setParserVersion("0.1.0").setOutcome(ParseOutcome.PARSED)
                .setFormatVersion(FormatVersion.V2021).setContainer(ContainerType.TEXT).setLayout(TableLayout.TAB)
                .setSections(List.of()).setCells(List.of()).setNarrativeFacts(List.of()).setDiagnostics(List.of())
                .setText(TEXT).setSubmittedAt(Instant.parse("2023-03-10T02:00:00Z"))
                .setParsedAt(Instant.parse("2023-03-10T02:00:02Z")).build();
        EventPosition parsedAt = publishParsed(parsed);
        publish(withFigures(validated("lh-yh-2021", YUANHUI, 2021, Instant.parse("2022-03-01T02:00:00Z")),
                        Map.of("T3[R1][TOT]", "10", "T3[R4][TOT]", "1", "T4[RV.TOTAL]", "0")),
                withFigures(validated("lh-zz-2021", ZHAIZHUANG, 2021, Instant.parse("2022-01-20T02:00:00Z")),
                        Map.of("T3[R1][TOT]", "2", "T3[R4][TOT]", "0", "T4[RV.TOTAL]", "0")),
                withFigures(validated("lh-yc-2022", YANCHENG_EDU, 2022, Instant.parse("2023-02-15T02:00:00Z")),
                        Map.of("T3[R1][TOT]", "5", "T3[R4][TOT]", "0", "T4[RV.TOTAL]", "0")),
                withFigures(validated("lh-yh-2022", YUANHUI, 2022, Instant.parse("2023-03-10T02:00:00Z"),
                        finding("T4-REVIEW-TOTAL", RuleOutcome.FAIL, Severity.ERROR, "lh-review-total",
                                "T4[RV.TOTAL] 为 2，分项之和为 1", "行政复议\t1\t0\t0\t0\t2",
                                operand("T4[RV.MAINTAIN]", "1", 6, 6, 7), operand("T4[RV.TOTAL]", "2", 6, 14, 15)),
                        finding("T3-CARRY-OVER", RuleOutcome.FAIL, Severity.WARNING, "lh-carry",
                                "T3[R4][TOT] 为 3，与下年度报告所载上年结转数无从核对", "四、结转下年度继续办理\t3",
                                operand("T3[R4][TOT]", "3", 4, 13, 14)),
                        finding("T3-R1-NOTE", RuleOutcome.UNCERTAIN, Severity.INFO, "lh-note",
                                "T3[R1][TOT] 为 16，正文未述及", null, operand("T3[R1][TOT]", "16", 3, 18, 20)),
                        finding("T3-TOTAL", RuleOutcome.PASS, Severity.ERROR, "lh-pass", "表三总计相符", null)),
                        Map.of("T3[R1][TOT]", "16", "T3[R4][TOT]", "3", "T4[RV.TOTAL]", "2"), parsed, parsedAt));
        awaitStored("lh-yh-2022");
        published = true;
    }

    @Test
    void theOverviewSaysWhoHasNotReportedWhoWasLateAndWhoHasErrors() throws Exception {
        Browser.run("workspace-overview", browser -> {
            login(browser);
            browser.navigate(base() + "/?year=2022");
            Browser.until(browser, "document.querySelectorAll('#overview tbody tr').length === 3");
            assertThat(browser.evaluate("[...document.querySelectorAll('#counts .count b')].map(b => b.textContent).join()"))
                    .isEqualTo("3,1,1,1,1");
            assertThat(rows(browser, "#overview")).containsExactly(
                    "源汇区人民政府|地区 411102|县级人民政府|按时提交截止 2023-03-31|2023-03-10 10:00|发现问题|1",
                    "郾城区教育局|地区 411103|县级政府部门|逾期提交截止 2023-01-31|2023-02-15 10:00|未发现问题|0",
                    "翟庄街道办事处|地区 411104|乡镇人民政府、街道办事处|尚未提交截止 2023-03-31|||0");

            // sorted by open errors, most first, then filtered to the departments
            browser.evaluate("document.querySelector('button[data-sort=errors]').click(); 'sorted'");
            Browser.until(browser, "document.querySelector('#overview tbody tr td').textContent === '郾城区教育局'");
            browser.evaluate("document.querySelector('button[data-sort=errors]').click(); 'sorted'");
            Browser.until(browser, "document.querySelector('#overview tbody tr td').textContent === '源汇区人民政府'");
            browser.evaluate("document.getElementById('f-level').value = 'COUNTY_DEPARTMENT';"
                    + "document.querySelector('#filters button[type=submit]').click(); 'filtered'");
            Browser.until(browser, "document.querySelectorAll('#overview tbody tr').length === 1");
            assertThat(browser.evaluate("[...document.querySelectorAll('#counts .count b')].map(b => b.textContent).join()"))
                    .isEqualTo("1,0,0,1,0");
        });
    }

    @Test
    void theReportPageHighlightsTheCellsOfItsFindingsAndTakesAReview() throws Exception {
        Browser.run("workspace-report", browser -> {
            login(browser);
            browser.navigate(base() + "/?year=2022");
            Browser.until(browser, "document.querySelector('#overview a[href^=\"/report.html\"]')");
            browser.evaluate("document.querySelector('#overview a[href^=\"/report.html\"]').click(); 'opened'");
            Browser.until(browser, "document.getElementById('doc')");
            assertThat(browser.evaluate("location.search")).isEqualTo("?submission=lh-yh-2022");
            assertThat(browser.evaluate("document.querySelector('h1').firstChild.textContent"))
                    .isEqualTo("源汇区人民政府 2022年度政府信息公开工作年度报告 ");
            // the one passed check is counted, not listed
            assertThat(browser.evaluate("[...document.querySelectorAll('div')].filter(d => d.children.length === 0"
                    + " && d.textContent.includes('项检查')).map(d => d.textContent.split('·').pop().trim()).join()"))
                    .isEqualTo("通过 1 项检查");
            assertThat(browser.evaluate("[...document.querySelectorAll('.group')].map(g => g.dataset.severity).join()"))
                    .isEqualTo("ERROR,WARNING,INFO");
            // each highlight: its text as written, the findings standing there, its severity
            assertThat(browser.evaluate("""
                    [...document.querySelectorAll('#doc mark')].map(m => m.closest('li').id + ':' + m.firstChild.textContent
                        + '→' + m.dataset.findings + ' ' + m.className).join('; ')"""))
                    .isEqualTo("L3:16→3 hl hl-INFO; L4:3→2 hl hl-WARNING; L6:1→1 hl hl-ERROR; L6:2→1 hl hl-ERROR");
            assertThat(browser.evaluate("document.querySelector('#L6 span:last-child').textContent"))
                    .isEqualTo("行政复议\t11\t0\t0\t0\t21");
            String error = "document.querySelector('[data-fingerprint=\"lh-review-total\"]')";
            assertThat(browser.evaluate(error + ".querySelector('.msg').firstChild.textContent"))
                    .isEqualTo("表四“行政复议·总计” 为 2，分项之和为 1");
            assertThat(browser.evaluate(error + ".querySelector('.operands').textContent"))
                    .isEqualTo("数据：表四“行政复议·结果维持” = 1；表四“行政复议·总计” = 2");
            assertThat(browser.evaluate(error + ".querySelector('.detail').textContent"))
                    .isEqualTo("规则 T4-REVIEW-TOTAL · 单元格 T4[RV.MAINTAIN] T4[RV.TOTAL] · 指纹 lh-review-total");
            assertThat(browser.evaluate("document.querySelectorAll('[data-fingerprint=\"\"] form').length")).isEqualTo("0");

            browser.evaluate(error + ".querySelector('textarea').value = '请源汇区核对行政复议分项';"
                    + error + ".querySelector('button[value=CONFIRMED]').click(); 'confirmed'");
            Browser.until(browser, "document.querySelector('[data-fingerprint=\"lh-review-total\"] .review-done')");
            assertThat(browser.evaluate(error + ".querySelectorAll('button, textarea').length")).isEqualTo("0");
            assertThat(browser.evaluate(error + ".querySelector('.st').textContent")).isEqualTo("已确认");

            assertThat(rows(browser, "#years")).containsExactly(
                    "本年新收申请 applications received|10|16", "上年结转申请 carried over from last year||",
                    "办理结果总计 applications answered||", "结转下年度办理 carried over to next year|1|3",
                    "行政复议总计 administrative reviews|0|2", "行政诉讼（未经复议直接起诉）总计 lawsuits filed directly||",
                    "行政诉讼（复议后起诉）总计 lawsuits after review||", "结论|未发现问题|发现问题");
            assertThat(String.join("\n", rows(browser, "#history"))).startsWith("""
                    2023-03-10 10:00|提交报告|
                    2023-03-10 10:00|读取完成|2021年版格式
                    2023-03-10 10:00|核查完成|发现问题（提交后核查），2 项不符
                    2023-03-10 10:00|发现问题|警告：表三“四、结转下年度继续办理”行“总计”列 为 3，与下年度报告所载上年结转数无从核对
                    2023-03-10 10:00|发现问题|错误：表四“行政复议·总计” 为 2，分项之和为 1""");
            assertThat(browser.evaluate("[...document.styleSheets].some(s => s.media.mediaText === 'print')")).isEqualTo("true");
        });
    }

    @Test
    void theStatisticsDrawChartsWithTheJurisdictionsFigures() throws Exception {
        Browser.run("workspace-statistics", browser -> {
            login(browser);
            browser.navigate(base() + "/statistics.html?from=2021&to=2022");
            Browser.until(browser, "document.querySelectorAll('#t-years tbody tr').length === 2");
            assertThat(browser.evaluate("document.querySelectorAll('#c-years canvas, #c-years svg').length")).isEqualTo("1");
            assertThat(browser.evaluate("""
                    echarts.getInstanceByDom(document.getElementById('c-years')).getOption().series
                        .map(s => s.name + ':' + s.data.join('/')).join('; ')"""))
                    .isEqualTo("报告数:2/2; 逾期:0/1; 发现问题的报告:0/1; 错误:0/1; 警告:0/1");
            assertThat(browser.evaluate("""
                    JSON.stringify(echarts.getInstanceByDom(document.getElementById('c-rules')).getOption().yAxis[0].data)"""))
                    .isEqualTo("[\"规则 T3-CARRY-OVER\",\"表四：行政复议各项之和＝总计\"]");
            // the rules by their titles, the id in the table row's tooltip (T3-CARRY-OVER is no rule of the catalogue)
            assertThat(browser.evaluate("[...document.querySelectorAll('#t-rules tbody tr')].map(r => r.title).join('|')"))
                    .isEqualTo("规则编号 T3-CARRY-OVER|规则编号 T4-REVIEW-TOTAL");
            // none of these agencies is in the directory: their regions have no name there
            assertThat(browser.evaluate("""
                    JSON.stringify(echarts.getInstanceByDom(document.getElementById('c-regions')).getOption().xAxis[0].data)"""))
                    .isEqualTo("[\"地区 411102\",\"地区 411103\",\"地区 411104\"]");
            assertThat(browser.evaluate("""
                    echarts.getInstanceByDom(document.getElementById('c-sums')).getOption().series
                        .map(s => s.name + ':' + s.data.join('/')).join('; ')"""))
                    .isEqualTo("本年新收申请:12/21; 上年结转申请:/; 办理结果总计:/; 结转下年度办理:1/3; 行政复议总计:0/2; "
                            + "行政诉讼（未经复议直接起诉）总计:/; 行政诉讼（复议后起诉）总计:/");
            // the canvas has been painted: some pixel is not blank
            assertThat(browser.evaluate("""
                    (() => { const c = document.querySelector('#c-years canvas');
                      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                      for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return 'painted';
                      return 'blank'; })()""")).isEqualTo("painted");
        });
    }

    @Test
    @Order(1)
    void theHeadlineExportOpensAsASpreadsheetWithNumbers() throws Exception {
        Browser.run("workspace-export", browser -> {
            login(browser);
            browser.navigate(base() + "/statistics.html?from=2021&to=2022");
            Browser.until(browser, "document.getElementById('x-headlines-xlsx').getAttribute('href') !== '#'");
            String href = browser.evaluate("document.getElementById('x-headlines-xlsx').getAttribute('href')");
            assertThat(href).isEqualTo("/export/headlines.xlsx?from=2021&to=2022");
            assertThat(browser.evaluate("fetch('" + href + "').then(r => r.headers.get('content-disposition'))"))
                    .startsWith("attachment;").endsWith("filename*=UTF-8''%E4%B8%BB%E8%A6%81%E6%95%B0%E6%8D%AE_2021-2022.xlsx");
            byte[] xlsx = Base64.getDecoder().decode(browser.evaluate("""
                    fetch('%s').then(r => r.arrayBuffer()).then(b => {
                      let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); return btoa(s); })""".formatted(href)));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getSheetName()).isEqualTo("主要数据");
                assertThat(cells(sheet.getRow(0))).containsExactly("机关", "地区", "行政区划代码", "层级", "报告年度",
                        "首次提交（北京时间）", "是否按时", "结论", "本年新收申请", "上年结转申请", "办理结果总计", "结转下年度办理",
                        "行政复议总计", "行政诉讼（未经复议直接起诉）总计", "行政诉讼（复议后起诉）总计");
                assertThat(sheet.getLastRowNum()).isEqualTo(4);
                assertThat(cells(sheet.getRow(1))).containsExactly("源汇区人民政府", "地区 411102", "411102", "县级人民政府", "2021.0",
                        "2022-03-01 10:00", "按时", "未发现问题", "10.0", "", "", "1.0", "0.0", "", "");
                assertThat(cells(sheet.getRow(2))).containsExactly("源汇区人民政府", "地区 411102", "411102", "县级人民政府", "2022.0",
                        "2023-03-10 10:00", "按时", "发现问题", "16.0", "", "", "3.0", "2.0", "", "");
                assertThat(cells(sheet.getRow(3))).containsExactly("郾城区教育局", "地区 411103", "411103", "县级政府部门", "2022.0",
                        "2023-02-15 10:00", "逾期", "未发现问题", "5.0", "", "", "0.0", "0.0", "", "");
                assertThat(cells(sheet.getRow(4))).containsExactly("翟庄街道办事处", "地区 411104", "411104", "乡镇人民政府、街道办事处",
                        "2021.0", "2022-01-20 10:00", "按时", "未发现问题", "2.0", "", "", "0.0", "0.0", "", "");
                assertThat(sheet.getRow(2).getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(sheet.getRow(2).getCell(8).getNumericCellValue()).isEqualTo(16.0);
            }
            String csv = browser.evaluate("fetch('/export/findings.csv?from=2022&to=2022').then(r => r.arrayBuffer())"
                    + ".then(b => [...new Uint8Array(b)].map(x => x.toString(16).padStart(2, '0')).join(''))");
            byte[] bytes = java.util.HexFormat.of().parseHex(csv);
            assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n")).containsExactly(
                    "机关,地区,行政区划代码,层级,报告年度,严重程度,结果,状态,问题说明,数据,原文,审核意见,审核人,首次发现（北京时间）,规则编号",
                    "源汇区人民政府,地区 411102,411102,县级人民政府,2022,错误,不符,待处理,表四“行政复议·总计” 为 2，分项之和为 1,"
                            + "表四“行政复议·结果维持” = 1；表四“行政复议·总计” = 2,行政复议\t1\t0\t0\t0\t2,,,2023-03-10 10:00,T4-REVIEW-TOTAL",
                    "源汇区人民政府,地区 411102,411102,县级人民政府,2022,警告,不符,待处理,表三“四、结转下年度继续办理”行“总计”列 为 3，与下年度报告所载上年结转数无从核对,"
                            + "表三“四、结转下年度继续办理”行“总计”列 = 3,四、结转下年度继续办理\t3,,,2023-03-10 10:00,T3-CARRY-OVER");
        });
    }

    @Test
    void everyScreenFitsA400PixelPhone() throws Exception {
        Browser.run("workspace-400px", browser -> {
            browser.viewport(400, 800);
            browser.navigate(base() + "/login");
            Browser.until(browser, "document.readyState === 'complete' && document.getElementById('username')");
            assertThat(Integer.parseInt(browser.evaluate("document.documentElement.scrollWidth"))).isLessThanOrEqualTo(400);
            login(browser);
            for (String page : List.of("/?year=2022", "/alerts.html", "/report.html?submission=lh-yh-2022",
                    "/statistics.html?from=2021&to=2022")) {
                browser.navigate(base() + page);
                Browser.until(browser, "document.readyState === 'complete' && document.getElementById('who').textContent"
                        + " && !document.body.textContent.includes('正在载入')");
                Thread.sleep(300);
                assertThat(Integer.parseInt(browser.evaluate("document.documentElement.scrollWidth"))).as(page)
                        .isLessThanOrEqualTo(400);
            }
        });
    }

    private void login(HeadlessChromium browser) throws Exception {
        Browser.login(browser, base(), "luohe-gongkai");
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static List<String> rows(HeadlessChromium browser, String table) throws Exception {
        String text = browser.evaluate("[...document.querySelectorAll('" + table + " tbody tr')]"
                + ".map(r => [...r.cells].map(c => c.textContent.trim()).join('|')).join('\\n')");
        return List.of(text.split("\n"));
    }

    /** A row's cells as text, as many as the header row has (empty where the row has none). */
    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getSheet().getRow(0).getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return cells;
    }

    private static Agency agency(String id, String name, String region, AgencyLevel level) {
        return Agency.newBuilder().setId(id).setName(name).setRegionCode(region).setLevel(level).build();
    }

    private static ReportValidated withFigures(ReportValidated event, Map<String, String> figures) {
        return ReportValidated.newBuilder(event).setKeyFigures(Map.copyOf(figures)).build();
    }

    /** With the summary of {@code parsed}, which lies at {@code source} (the report page reads its text from there). */
    private static ReportValidated withFigures(ReportValidated event, Map<String, String> figures, ReportParsed parsed,
                                               EventPosition source) {
        return ReportValidated.newBuilder(withFigures(event, figures)).setParse(ParseSummary.newBuilder()
                .setParsedAt(parsed.getParsedAt()).setOutcome(parsed.getOutcome()).setContainer(parsed.getContainer())
                .setLayout(parsed.getLayout()).setDiagnosticCounts(Map.of()).setSource(source).build()).build();
    }

    private static Operand operand(String cellId, String value, int line, int column, int endColumn) {
        return Operand.newBuilder().setCellId(cellId).setValue(value).setRaw(value)
                .setSpan(SourceSpan.newBuilder().setLine(line).setColumn(column).setEndLine(line).setEndColumn(endColumn)
                        .build())
                .build();
    }

    private static Finding finding(String ruleId, RuleOutcome outcome, Severity severity, String fingerprint,
                                   String messageZh, String quote, Operand... operands) {
        return Finding.newBuilder().setRuleId(ruleId).setOutcome(outcome).setSeverity(severity)
                .setFormula(ruleId).setOperands(List.of(operands)).setExpected(null).setActual(null)
                .setMessageZh(messageZh).setMessageEn("EN " + messageZh).setAttribution(Attribution.REPORT)
                .setQuote(quote).setFingerprint(fingerprint).build();
    }
}
