package nianbao.validate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nianbao.report.AgencyLevel;
import nianbao.report.FactKind;
import nianbao.report.ReportRecognition;
import nianbao.report.SectionId;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.T4Column;
import nianbao.validate.config.RuleOverride;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.rules.ReportBuilder;
import nianbao.validate.rules.RuleCatalogue;
import nianbao.validate.rules.table3.T3RowSum;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    private final Validator validator = new Validator(RuleSetConfig.defaults());
    private final ReportContext ctx = ReportBuilder.context(2022);

    /** A clean V2021 report: jinping's figures, all sections, fee statement, period, title. */
    private ReportBuilder clean() {
        ReportBuilder r = ReportBuilder.v2021().t3(T3Row.R1, 5).t3(T3Row.R3_2, 3).t3(T3Row.R3_6_1, 2).t3(T3Row.R3_7, 5)
                .fact(FactKind.FEE_STATEMENT, 0, "未收取信息处理费")
                .qualified(FactKind.STATISTICAL_PERIOD, "2022-01-01/2022-12-31", "统计期限");
        for (String topic : List.of("主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障")) {
            r.qualified(FactKind.OVERVIEW_TOPIC, topic, topic);
        }
        return r;
    }

    @Test
    void catalogueHasEveryRuleIdOfTheSpec() {
        Set<String> ids = new HashSet<>();
        RuleCatalogue.all().forEach(rule -> assertThat(ids.add(rule.id())).as(rule.id()).isTrue());
        assertThat(ids).containsExactlyInAnyOrder(
                "T3-BALANCE", "T3-ROWSUM", "T3-OUTCOME-TOTAL", "T3-SHAPE", "T3-VALUE", "T3-BLANK",
                "T4-REVIEW-TOTAL", "T4-DIRECT-TOTAL", "T4-POSTREVIEW-TOTAL", "T4-SHAPE", "T4-VALUE",
                "T2-SHAPE", "T2-VALUE", "T2-MONEY-UNIT", "T2-RULES-AUTHORITY", "T2-V19-ITEMS-DECISIONS", "T2-V19-PUBLISHED-LE-TOTAL",
                "N-APPLY-TOTAL", "N-APPLY-BREAKDOWN", "N-CLOSED-TOTAL", "N-CARRY", "N-OUTCOME", "N-PERCENT", "N-REVIEW",
                "N-LITIGATION", "N-REGDOC", "N-SUM",
                "X-CARRY", "X-REGDOC", "X-V19-ITEMS", "X-V19-PUBLISHED", "X-COPY",
                "S-VERSION", "S-SECTIONS", "S-SECTION-ORDER", "S-OVERVIEW-TOPICS", "S-TITLE", "S-PERIOD", "S-YEAR", "S-FEE",
                "S-DEADLINE", "S-LABELS",
                "P-TRUNCATED", "P-AMBIGUOUS", "P-DECODED", "P-VERSION-MIXED", "P-MISALIGNED");
    }

    @Test
    void aCleanReportPassesWithTheKeyFigures() {
        Validation v = validator.validate(ctx, clean().build(), null);

        assertThat(v.verdict()).isEqualTo(Verdict.PASS);
        assertThat(v.ruleSetVersion()).isEqualTo("2026.1");
        assertThat(v.findings().stream().filter(f -> f.outcome() == Outcome.FAIL).map(Finding::ruleId))
                .containsExactly("S-TITLE"); // INFO: the hand-made report has no title
        assertThat(v.keyFigures()).containsExactly(Map.entry("T3[R1][TOT]", "5"), Map.entry("T3[R2][TOT]", "0"),
                Map.entry("T3[R3.7][TOT]", "5"), Map.entry("T3[R4][TOT]", "0"), Map.entry("T4[RV.TOTAL]", "0"),
                Map.entry("T4[LD.TOTAL]", "0"), Map.entry("T4[LR.TOTAL]", "0"));
    }

    @Test
    void everyFindingOfAValidationHasItsOwnFingerprint() {
        Validation v = validator.validate(ctx, clean().t3(T3Row.R3_7, 4).build(), clean().build());
        Set<String> fingerprints = new HashSet<>();
        v.findings().forEach(f -> assertThat(fingerprints.add(f.fingerprint())).as(f.ruleId() + " " + f.operands()).isTrue());
    }

    @Test
    void anErrorFailMakesTheVerdictFail() {
        // injected error: （七）总计 NAT/TOT say 4 instead of 5
        Validation v = validator.validate(ctx, clean().t3(T3Row.R3_7, 4).build(), null);

        assertThat(v.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(v.findings().stream().filter(f -> f.outcome() == Outcome.FAIL && f.severity() == Severity.ERROR)
                .map(f -> f.ruleId() + " " + f.operands().get(0).id()))
                .containsExactly("T3-BALANCE T3[R1][NAT]", "T3-BALANCE T3[R1][TOT]",
                        "T3-OUTCOME-TOTAL T3[R3.1][NAT]", "T3-OUTCOME-TOTAL T3[R3.1][TOT]");
    }

    @Test
    void aWarningFailAloneLeavesTheVerdictPass() {
        Validation v = validator.validate(ctx, clean().sectionMissing(SectionId.REVIEW_LITIGATION).build(), null);
        assertThat(v.verdict()).isEqualTo(Verdict.PASS);
        assertThat(v.findings("S-SECTIONS").get(3).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aCoreRuleNotAssessableMakesTheVerdictIncompleteUnlessAnErrorFails() {
        Validation truncated = validator.validate(ctx, clean().missingT3Row(T3Row.R3_7).build(), null);
        assertThat(truncated.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(truncated.keyFigures().get("T3[R3.7][TOT]")).isNull();

        Validation failing = validator.validate(ctx, clean().missingT3Row(T3Row.R3_7)
                .t4(T4Column.RV_MAINTAIN, 1).build(), null);
        assertThat(failing.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void anUncertainCoreCheckDoesNotFailTheVerdict() {
        Validation v = validator.validate(ctx, clean().inferred(CellRef.t3(T3Row.R3_7, T3Column.NAT), 4).build(), null);
        assertThat(v.verdict()).isEqualTo(Verdict.PASS);
        assertThat(v.findings("T3-BALANCE").get(0).outcome()).isEqualTo(Outcome.UNCERTAIN);
    }

    @Test
    void anUnreadableDocumentIsIncompleteWithOneNotAssessableFinding() {
        Validation v = validator.unreadable(ctx, "PDF without a text layer");

        assertThat(v.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(v.findings()).hasSize(1);
        Finding f = v.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("P-UNREADABLE");
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(f.attribution()).isEqualTo(Attribution.PARSER);
        assertThat(f.actual()).isEqualTo("PDF without a text layer");
        assertThat(f.messageZh()).contains("PDF without a text layer");
        assertThat(v.keyFigures()).hasSize(7).containsValue(null);
    }

    /** INFO and NOT_ASSESSABLE: no alert policy opens an alert on it, and it resolves none (no rule was assessed). */
    @Test
    void aDocumentThatIsNoReportIsIncompleteWithOneInformativeFinding() {
        Validation v = validator.notAReport(ctx, ReportRecognition.NOT_A_REPORT_ZH);

        assertThat(v.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(v.findings()).hasSize(1);
        Finding f = v.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("P-NOT-A-REPORT");
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.attribution()).isEqualTo(Attribution.REPORT);
        assertThat(f.messageZh()).isEqualTo("文件不是政府信息公开工作年度报告：未找到“一、总体情况”等任何法定章节标题，"
                + "未读到表二、表三、表四的任何数据，也没有“××××年政府信息公开工作年度报告”标题。未作任何核查；请提交年度报告全文。");
        assertThat(v.keyFigures()).hasSize(7).containsValue(null);
    }

    @Test
    void aRegionCanSwitchARuleOffOrChangeItsSeverity() {
        RuleSetConfig config = new RuleSetConfig(RuleSetConfig.BASE_VERSION, Map.of(
                "41", Map.of("T3-BALANCE", RuleOverride.severity(Severity.WARNING), "S-TITLE", RuleOverride.disable()),
                "4102", Map.of("T3-BALANCE", RuleOverride.severity(Severity.INFO))), List.of());
        Validator regional = new Validator(config);
        var report = clean().t3(T3Row.R3_7, 4).build();

        Validation henan = regional.validate(new ReportContext("s", "a", "n", "410100", AgencyLevel.CITY_DEPARTMENT, 2022, null), report, null);
        assertThat(henan.findings("S-TITLE")).isEmpty();
        assertThat(henan.findings("T3-BALANCE").get(0).severity()).isEqualTo(Severity.WARNING);

        Validation kaifeng = regional.validate(new ReportContext("s", "a", "n", "410202", AgencyLevel.CITY_DEPARTMENT, 2022, null), report, null);
        assertThat(kaifeng.findings("T3-BALANCE").get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(kaifeng.findings("S-TITLE")).isEmpty();

        Validation elsewhere = regional.validate(new ReportContext("s", "a", "n", "330100", AgencyLevel.CITY_DEPARTMENT, 2022, null), report, null);
        assertThat(elsewhere.findings("T3-BALANCE").get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(elsewhere.verdict()).isEqualTo(Verdict.FAIL);

        assertThat(regional.ruleSetVersion()).matches("2026\\.1\\+[0-9a-f]{8}").isNotEqualTo(validator.ruleSetVersion());
        // the fingerprint does not depend on the configured severity
        assertThat(henan.findings("T3-BALANCE").get(0).fingerprint()).isEqualTo(elsewhere.findings("T3-BALANCE").get(0).fingerprint());
    }

    @Test
    void quotesTheOperandsLinePrefixedWithTheLabelAboveABareNumberLine() {
        // one cell per line (jinping): line 124 holds R3.7's NAT cell, its label is on line 123
        String text = "\n".repeat(122) + "（七）总计\n5\n";
        Validation cellPerLine = new Validator(RuleSetConfig.defaults(), List.of(new T3RowSum()))
                .validate(ctx, ReportBuilder.v2021().t3(T3Row.R3_7, 5, 0, 0, 0, 0, 0, 6).text(text).build(), null);
        assertThat(cellPerLine.findings().get(24).quote()).isEqualTo("（七）总计 … 5");

        String rowText = "\n".repeat(123) + "（七）总计\t5\t0\t0\t0\t0\t0\t6\n";
        Validation row = new Validator(RuleSetConfig.defaults(), List.of(new T3RowSum()))
                .validate(ctx, ReportBuilder.v2021().t3(T3Row.R3_7, 5, 0, 0, 0, 0, 0, 6).text(rowText).build(), null);
        assertThat(row.findings().get(24).quote()).isEqualTo("（七）总计\t5\t0\t0\t0\t0\t0\t6");
    }

    @Test
    void rulesOfTheOtherVersionDoNotRun() {
        Validation v = validator.validate(ReportBuilder.context(2020), ReportBuilder.v2019().build(), null);
        assertThat(v.findings("T2-V19-ITEMS-DECISIONS")).hasSize(4);
        assertThat(v.findings("S-OVERVIEW-TOPICS")).isEmpty();
        assertThat(v.findings("X-REGDOC")).isEmpty();
        assertThat(v.findings("S-FEE")).isEmpty();
    }
}
