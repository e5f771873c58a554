package nianbao.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.checker.CheckerEngine.Options;
import nianbao.parse.ReportParser;
import nianbao.report.AgencyLevel;
import nianbao.report.FormatVersion;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.engine.Validator;
import nianbao.validate.engine.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The five samples through the services' parser and validator produce the findings of domain-spec §9.6: exactly the
 * listed WARNING and ERROR violations, the listed checks not checkable (never passed or failed), the key figures.
 */
class SampleFindingsTest {

    private final CheckerEngine engine = new CheckerEngine(new ReportParser(), new Validator(RuleSetConfig.defaults()));

    /** Each sample with the agency, year and level of domain-spec §9. */
    private CheckedReport check(String sample, String agency, int year, AgencyLevel level) {
        return engine.check(List.of(Samples.document(sample)), new Options(agency, year, level, null)).get(0);
    }

    /** The violations a supervisor is alerted to: FAIL at WARNING or ERROR, as "RULE SEVERITY", sorted. */
    private static List<String> violations(CheckedReport r) {
        return r.validation().findings().stream()
                .filter(f -> f.outcome() == Outcome.FAIL && f.severity() != Severity.INFO)
                .map(f -> f.ruleId() + " " + f.severity()).sorted().toList();
    }

    private static List<String> ids(CheckedReport r, Outcome outcome, Severity severity) {
        return r.validation().findings().stream().filter(f -> f.outcome() == outcome && f.severity() == severity)
                .map(Finding::ruleId).distinct().sorted().toList();
    }

    private static Map<String, String> figures(String r1, String r2, String r37, String r4, String rv, String ld, String lr) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("T3[R1][TOT]", r1);
        m.put("T3[R2][TOT]", r2);
        m.put("T3[R3.7][TOT]", r37);
        m.put("T3[R4][TOT]", r4);
        m.put("T4[RV.TOTAL]", rv);
        m.put("T4[LD.TOTAL]", ld);
        m.put("T4[LR.TOTAL]", lr);
        return m;
    }

    @Test
    void longtingHasNoViolation() {
        CheckedReport r = check("longting-gov-office-2022", "龙亭区人民政府办公室", 2022, AgencyLevel.COUNTY_DEPARTMENT);

        assertThat(r.report().version()).isEqualTo(FormatVersion.V2021);
        assertThat(violations(r)).isEmpty();
        assertThat(r.validation().keyFigures()).containsExactlyEntriesOf(figures("16", "0", "16", "0", "12", "5", "2"));
        assertThat(ids(r, Outcome.FAIL, Severity.INFO)).contains("S-LABELS", "T2-MONEY-UNIT", "S-PERIOD", "S-TITLE");
        assertThat(ids(r, Outcome.UNCERTAIN, Severity.INFO)).contains("P-MISALIGNED");
        assertThat(r.validation().findings("S-LABELS").get(0).messageZh())
                .contains("本年废件数", "其他法律法规禁止公开", "保留4位小数", "同意公开");
    }

    /**
     * domain-spec §9.1: the 21 outcome rows print 6 of 7 values. The four printed 法人 values are all 0, so the parser
     * reads them as certain and the unprinted 商业企业 column as blank. A blank is not 0 (issue 9; until then it was read
     * as 0 and these checks passed): the row sums of those 21 rows and the 商业企业 column of T3-OUTCOME-TOTAL hold on
     * the values read but are UNCERTAIN (cell blank) — no violation, verdict PASS; every other check passes.
     */
    @Test
    void longtingArithmeticHoldsAndOnlyItsUnprintedBlankColumnIsUncertain() {
        CheckedReport r = check("longting-gov-office-2022", "龙亭区人民政府办公室", 2022, AgencyLevel.COUNTY_DEPARTMENT);
        assertThat(r.validation().verdict()).isEqualTo(Verdict.PASS);
        for (String rule : List.of("T3-BALANCE", "T4-REVIEW-TOTAL", "T4-DIRECT-TOTAL", "T4-POSTREVIEW-TOTAL")) {
            assertThat(r.validation().findings(rule)).as(rule).allMatch(f -> f.outcome() == Outcome.PASS);
        }
        List<Finding> rowSums = r.validation().findings("T3-ROWSUM");
        assertThat(rowSums).filteredOn(f -> f.outcome() == Outcome.PASS).extracting(f -> f.operands().get(0).id())
                .containsExactly("T3[R1][NAT]", "T3[R2][NAT]", "T3[R3.7][NAT]", "T3[R4][NAT]");
        assertThat(rowSums).filteredOn(f -> f.outcome() != Outcome.PASS).hasSize(21)
                .allMatch(f -> f.outcome() == Outcome.UNCERTAIN && f.messageZh().contains("[COM] 为空白单元格"));
        assertThat(r.validation().findings("T3-OUTCOME-TOTAL")).extracting(Finding::outcome).containsExactly(
                Outcome.PASS, Outcome.UNCERTAIN, Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.PASS, Outcome.PASS);
    }

    @Test
    void kunwuHasTheItemsDecisionsAndShapeWarnings() {
        CheckedReport r = check("kunwu-office-2020", "昆吾办", 2020, AgencyLevel.TOWNSHIP);

        assertThat(r.report().version()).isEqualTo(FormatVersion.V2019);
        assertThat(violations(r)).containsExactly("T2-V19-ITEMS-DECISIONS WARNING", "T2-V19-ITEMS-DECISIONS WARNING",
                "T3-SHAPE WARNING", "T4-SHAPE WARNING");
        List<Finding> items = r.validation().findings("T2-V19-ITEMS-DECISIONS").stream()
                .filter(f -> f.outcome() == Outcome.FAIL).toList();
        assertThat(items).extracting(f -> f.operands().get(2).id() + "=" + f.actual())
                .containsExactly("T2.LICENSE.DECISIONS=73", "T2.PUNISH.DECISIONS=10");
        assertThat(r.validation().findings("T4-POSTREVIEW-TOTAL")).extracting(Finding::outcome)
                .containsExactly(Outcome.NOT_ASSESSABLE);
        assertThat(r.validation().keyFigures()).containsExactlyEntriesOf(figures("0", "0", "0", "0", "0", "0", null));
        assertThat(ids(r, Outcome.FAIL, Severity.INFO)).contains("S-PERIOD");
        assertThat(ids(r, Outcome.UNCERTAIN, Severity.INFO)).contains("P-MISALIGNED");
        assertThat(r.validation().findings("S-FEE")).isEmpty();
    }

    /**
     * domain-spec §9.6 lists no violation for chaoyang, but its 一、总体情况 has four topics only (一是主动公开, 二是依申请公开,
     * 三是政府信息管理, 四是平台建设 — sample lines 2–6, no 监督保障), which is what S-OVERVIEW-TOPICS (§6.6, WARN) is for.
     */
    @Test
    void chaoyangOnlyLacksTheSupervisionTopicAndItsTrapSentenceIsNotAnApplicationCount() {
        CheckedReport r = check("chaoyang-business-env-bureau-2023", "朝阳市营商环境建设局", 2023, AgencyLevel.CITY_DEPARTMENT);

        assertThat(violations(r)).containsExactly("S-OVERVIEW-TOPICS WARNING");
        assertThat(r.validation().findings("S-OVERVIEW-TOPICS").get(0).messageZh()).contains("缺少以下内容：监督保障");
        assertThat(r.validation().keyFigures()).containsExactlyEntriesOf(figures("0", "0", "0", "0", "0", "0", "0"));
        // 本年度共报送各类文件10件，其中主动公开1件、依申请公开8件 describes documents: no N-APPLY-TOTAL on 8 or 10
        List<Finding> applyTotal = r.validation().findings("N-APPLY-TOTAL");
        assertThat(applyTotal).hasSize(1);
        assertThat(applyTotal.get(0).outcome()).isEqualTo(Outcome.PASS);
        assertThat(applyTotal.get(0).actual()).isEqualTo("0");
        assertThat(applyTotal.get(0).quote()).contains("全年共收到政府信息依申请公开0件次");
        // the signature date 2024-01-29 stands in for the publication date, within a department's 31 January
        Finding deadline = r.validation().findings("S-DEADLINE").get(0);
        assertThat(deadline.outcome()).isEqualTo(Outcome.PASS);
        assertThat(deadline.actual()).isEqualTo("2024-01-29");
        assertThat(deadline.messageZh()).contains("以落款日期代替发布日期");
        assertThat(ids(r, Outcome.FAIL, Severity.INFO)).contains("S-LABELS");
        assertThat(r.validation().verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void jinpingHasNoViolation() {
        CheckedReport r = check("jinping-street-2022", "锦屏街道", 2022, AgencyLevel.TOWNSHIP);

        assertThat(violations(r)).isEmpty();
        assertThat(r.validation().keyFigures()).containsExactlyEntriesOf(figures("5", "0", "5", "0", "0", "0", "0"));
        assertThat(ids(r, Outcome.FAIL, Severity.INFO)).containsExactly("S-TITLE");
        assertThat(r.validation().findings("N-CLOSED-TOTAL")).extracting(Finding::outcome).containsExactly(Outcome.PASS);
        assertThat(r.validation().findings("N-SUM")).extracting(Finding::expected).containsExactly("220");
        assertThat(r.validation().verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void qidongIsTruncatedSoItsBalanceIsNotCheckable() {
        CheckedReport r = check("qidong-hitech-jinhai-2022", "启东高新区（近海镇）", 2022, AgencyLevel.TOWNSHIP);

        assertThat(violations(r)).containsExactly("S-OVERVIEW-TOPICS WARNING", "S-SECTIONS WARNING", "T2-SHAPE WARNING",
                "T3-SHAPE WARNING");
        assertThat(r.validation().findings("S-SECTIONS").get(3).operands().get(0).id()).isEqualTo("SECTION:四");
        for (String rule : List.of("T3-OUTCOME-TOTAL", "T3-BALANCE")) {
            assertThat(r.validation().findings(rule)).as(rule).hasSize(7).allMatch(f -> f.outcome() == Outcome.NOT_ASSESSABLE);
        }
        assertThat(r.validation().verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(r.validation().keyFigures()).containsExactlyEntriesOf(figures("1", "0", null, null, "0", "0", "0"));
        assertThat(ids(r, Outcome.FAIL, Severity.INFO)).contains("S-PERIOD");
        assertThat(ids(r, Outcome.UNCERTAIN, Severity.INFO)).contains("P-TRUNCATED");
    }

    @Test
    void everyFindingOfEverySampleHasItsOwnFingerprint() {
        List<CheckedReport> all = engine.check(Arrays.stream(ValidationBenchmark.SAMPLES).map(Samples::document).toList(),
                Options.none());
        assertThat(all).hasSize(5).allSatisfy(r -> assertThat(r.validation().findings()).extracting(Finding::fingerprint)
                .doesNotHaveDuplicates());
    }
}
