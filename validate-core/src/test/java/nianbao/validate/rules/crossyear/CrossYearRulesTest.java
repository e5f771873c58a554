package nianbao.validate.rules.crossyear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T2Cell;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.ReportBuilder;
import nianbao.validate.rules.RuleRun;
import org.junit.jupiter.api.Test;

class CrossYearRulesTest {

    @Test
    void carryComparesLastYearsCarriedForwardWithThisYearsCarriedOver() {
        var prior = ReportBuilder.v2021().t3(T3Row.R1, 5).t3(T3Row.R3_1, 3).t3(T3Row.R3_7, 3).t3(T3Row.R4, 2).build();
        var thisYear = ReportBuilder.v2021().t3(T3Row.R2, 2).build();
        List<Finding> findings = RuleRun.run(new XCarry(), ReportBuilder.context(2022), thisYear, prior);

        assertThat(findings).hasSize(7).allMatch(f -> f.outcome() == Outcome.PASS);
        assertThat(RuleRun.ids(findings.get(0))).containsExactly("T3[R4][NAT]@2021", "T3[R2][NAT]");
    }

    @Test
    void carryFailsWhenLastYearsCarriedForwardDiffers() {
        var prior = ReportBuilder.v2021().t3(T3Row.R4, 3).build();
        List<Finding> findings = RuleRun.run(new XCarry(), ReportBuilder.context(2022),
                ReportBuilder.v2021().t3(T3Row.R2, 2).build(), prior);

        Finding tot = findings.get(6);
        assertThat(tot.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(tot.severity()).isEqualTo(Severity.ERROR);
        assertThat(tot.expected()).isEqualTo("3");
        assertThat(tot.actual()).isEqualTo("2");
        assertThat(RuleRun.ids(tot)).containsExactly("T3[R4][TOT]@2021", "T3[R2][TOT]");
    }

    @Test
    void carryIsNotAssessableWithoutAPriorYearOrWithAMissingRow() {
        Finding none = RuleRun.only(new XCarry(), ReportBuilder.v2021().build());
        assertThat(none.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(RuleRun.ids(none)).containsExactly("REPORT@2021");

        var prior = ReportBuilder.v2019().missingT3Row(T3Row.R4).build(); // a V2019 year compares too
        assertThat(RuleRun.run(new XCarry(), ReportBuilder.context(2021), ReportBuilder.v2021().build(), prior))
                .hasSize(7).allMatch(f -> f.outcome() == Outcome.NOT_ASSESSABLE && f.operands().size() == 2);
    }

    @Test
    void regdocFollowsStockAndFlow() {
        var prior = ReportBuilder.v2021().t2(T2Cell.NORM_VALID, 40).build();
        // 40 + 3 − 6 = 37
        List<Finding> findings = RuleRun.run(new XRegdoc(), ReportBuilder.context(2023), ReportBuilder.v2021()
                .t2(T2Cell.NORM_MADE, 3).t2(T2Cell.NORM_REPEALED, 6).t2(T2Cell.NORM_VALID, 37).build(), prior);
        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.PASS);
        assertThat(findings.get(1).formula()).isEqualTo("T2.NORM.VALID@2022 + T2.NORM.MADE − T2.NORM.REPEALED = T2.NORM.VALID");

        Finding wrong = RuleRun.run(new XRegdoc(), ReportBuilder.context(2023), ReportBuilder.v2021()
                .t2(T2Cell.NORM_MADE, 3).t2(T2Cell.NORM_VALID, 45).build(), prior).get(1);
        assertThat(wrong.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(wrong.severity()).isEqualTo(Severity.WARNING);
        assertThat(wrong.expected()).isEqualTo("43");
        assertThat(wrong.actual()).isEqualTo("45");
    }

    @Test
    void regdocIsNotAssessableAgainstAV2019Year() {
        Finding f = RuleRun.run(new XRegdoc(), ReportBuilder.context(2021), ReportBuilder.v2021().build(),
                ReportBuilder.v2019().build()).get(0);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(f.messageZh()).contains("另一格式版本");
    }

    @Test
    void v19ItemsCarryLastYearsItemsPlusChange() {
        var prior = ReportBuilder.v2019().t2(T2Cell.V19_LICENSE_PREV_ITEMS, 20).t2(T2Cell.V19_LICENSE_CHANGE, -18).build();
        List<Finding> findings = RuleRun.run(new XV19Items(), ReportBuilder.context(2020), ReportBuilder.v2019()
                .t2(T2Cell.V19_LICENSE_PREV_ITEMS, 3).build(), prior);

        assertThat(findings).hasSize(5);
        Finding license = findings.get(0);
        assertThat(license.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(license.expected()).isEqualTo("2");
        assertThat(license.actual()).isEqualTo("3");
        assertThat(RuleRun.ids(license)).containsExactly("T2.LICENSE.PREV_ITEMS@2019", "T2.LICENSE.CHANGE@2019", "T2.LICENSE.PREV_ITEMS");
        assertThat(findings.subList(1, 5)).allMatch(f -> f.outcome() == Outcome.PASS);
    }

    @Test
    void v19PublishedTotalGrowsByTheNewlyPublished() {
        // domain-spec §8: 规章 对外公开总数量 jumping 0 → 7 with 0 newly published
        var prior = ReportBuilder.v2019().build();
        List<Finding> findings = RuleRun.run(new XV19Published(), ReportBuilder.context(2020), ReportBuilder.v2019()
                .t2(T2Cell.V19_REG_PUBLISHED_TOTAL, 7).build(), prior);

        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.FAIL, Outcome.PASS);
        assertThat(findings.get(0).expected()).isEqualTo("0");
        assertThat(findings.get(0).actual()).isEqualTo("7");
    }

    @Test
    void copyFlagsASectionNearlyIdenticalToLastYearsAfterRemovingNumbers() {
        String y2021 = "2021年，我局共主动公开政府信息120条，进一步规范信息发布审核流程，加强政务公开队伍建设，提升公开质量和实效。";
        String y2022 = "2022年，我局共主动公开政府信息135条，进一步规范信息发布审核流程，加强政务公开队伍建设，提升公开质量和实效。";
        String other = "本年度重点推进政策解读和回应关切，围绕营商环境、乡村振兴开展多轮解读活动，群众满意度明显提高。";
        var prior = ReportBuilder.v2021().fact(FactKind.SECTION_TEXT, null, List.of(), "一", y2021)
                .fact(FactKind.SECTION_TEXT, null, List.of(), "五", other).build();
        List<Finding> findings = RuleRun.run(new XCopy(), ReportBuilder.context(2022), ReportBuilder.v2021()
                .fact(FactKind.SECTION_TEXT, null, List.of(), "一", y2022)
                .fact(FactKind.SECTION_TEXT, null, List.of(), "五", y2022).build(), prior);

        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.FAIL, Outcome.PASS);
        assertThat(findings.get(0).actual()).isEqualTo("100.0%");
        assertThat(RuleRun.ids(findings.get(0))).containsExactly("SECTION:一", "SECTION:一@2021");
        assertThat(XCopy.similarity(y2022, other)).isLessThan(0.2);
    }

    @Test
    void copyIsNotAssessableWithoutTheSectionTexts() {
        List<Finding> findings = RuleRun.run(new XCopy(), ReportBuilder.context(2022), ReportBuilder.v2021().build(),
                ReportBuilder.v2021().build());
        assertThat(findings).hasSize(2).allMatch(f -> f.outcome() == Outcome.NOT_ASSESSABLE);
    }

    @Test
    void aMissingCurrentCellIsNotAssessable() {
        var prior = ReportBuilder.v2021().build();
        Finding f = RuleRun.run(new XCarry(), ReportBuilder.context(2022),
                ReportBuilder.v2021().missing(CellRef.t3(T3Row.R2, T3Column.NAT)).build(), prior).get(0);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
    }
}
