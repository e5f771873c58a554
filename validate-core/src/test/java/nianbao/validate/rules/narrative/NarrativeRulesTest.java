package nianbao.validate.rules.narrative;

import static nianbao.validate.rules.ReportBuilder.n;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T2Cell;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.T4Column;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.ReportBuilder;
import nianbao.validate.rules.RuleRun;
import org.junit.jupiter.api.Test;

class NarrativeRulesTest {

    private static final String LONGTING = "共计收到政府信息公开申请16件";

    /** 16 new applications (15 natural persons, 1 company), 2 carried over, 18 closed. */
    private ReportBuilder table() {
        return ReportBuilder.v2021().t3(T3Row.R1, 15, 1, 0, 0, 0, 0, 16).t3(T3Row.R2, 2).t3(T3Row.R3_1, 3)
                .t3(T3Row.R3_2, 2).t3(T3Row.R3_4_1, 11, 1, 0, 0, 0, 0, 12).t3(T3Row.R3_5_2, 1).t3(T3Row.R3_7, 17, 1, 0, 0, 0, 0, 18);
    }

    @Test
    void applyTotalPassesWhenTheNarrativeRestatesRowOne() {
        Finding f = RuleRun.only(new NApplyTotal(), table().fact(FactKind.APPLICATIONS_RECEIVED, 16, LONGTING).build());

        assertThat(f.outcome()).isEqualTo(Outcome.PASS);
        assertThat(RuleRun.ids(f)).containsExactly("T3[R1][TOT]", "N:APPLICATIONS_RECEIVED");
        assertThat(f.quote()).isEqualTo(LONGTING);
    }

    @Test
    void applyTotalIsAnErrorWhenTheNarrativeContradictsTheTable() {
        // domain-spec §8: narrative 17 applications vs table 95
        Finding f = RuleRun.only(new NApplyTotal(), ReportBuilder.v2021().t3(T3Row.R1, 95)
                .fact(FactKind.APPLICATIONS_RECEIVED, 17, "全年共收到政府信息公开申请17件").build());

        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.expected()).isEqualTo("95");
        assertThat(f.actual()).isEqualTo("17");
        assertThat(f.operands()).extracting(o -> o.value().intValue()).containsExactly(95, 17);
    }

    /** 全年共收到申请1 7件 (or 1 / 7件 across a line break): 17 as read, but perhaps two figures — never a FAIL. */
    @Test
    void applyTotalOnAnUncertainFigureIsUncertainNotAnError() {
        Finding f = RuleRun.only(new NApplyTotal(), ReportBuilder.v2021().t3(T3Row.R1, 95)
                .uncertainFact(FactKind.APPLICATIONS_RECEIVED, 17, "全年共收到政府信息公开申请1 7件").build());

        assertThat(f.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.messageZh()).contains("N:APPLICATIONS_RECEIVED 为推断值");
        assertThat(f.messageEn()).contains("N:APPLICATIONS_RECEIVED were inferred");

        Finding agreeing = RuleRun.only(new NApplyTotal(), ReportBuilder.v2021().t3(T3Row.R1, 17)
                .uncertainFact(FactKind.APPLICATIONS_RECEIVED, 17, "全年共收到政府信息公开申请1 7件").build());
        assertThat(agreeing.outcome()).isEqualTo(Outcome.UNCERTAIN);
    }

    @Test
    void applyTotalWarnsWhenTheNarrativeCountsNewPlusCarriedOver() {
        Finding f = RuleRun.only(new NApplyTotal(), table().fact(FactKind.APPLICATIONS_RECEIVED, 18, "共受理申请18件").build());

        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(RuleRun.ids(f)).containsExactly("T3[R1][TOT]", "T3[R2][TOT]", "N:APPLICATIONS_RECEIVED");
        assertThat(f.messageZh()).contains("本年新收 16 件与上年结转 2 件之和");
    }

    @Test
    void applyTotalChecksANoApplicationsStatementAndIsNotAssessableWithoutRowOne() {
        Finding none = RuleRun.only(new NApplyTotal(), table().fact(FactKind.APPLICATIONS_NONE, 0, "2020年我办未收到相关申请").build());
        assertThat(none.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(none.expected()).isEqualTo("16");

        Finding missing = RuleRun.only(new NApplyTotal(), table().missing(CellRef.t3(T3Row.R1, T3Column.TOT))
                .fact(FactKind.APPLICATIONS_RECEIVED, 16, LONGTING).build());
        assertThat(missing.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
    }

    @Test
    void applyTotalIsSilentWithoutAClaim() {
        assertThat(RuleRun.run(new NApplyTotal(), table().build())).isEmpty();
    }

    @Test
    void breakdownAcceptsNewOrNewPlusCarriedAndChecksChannelSums() {
        List<Finding> findings = RuleRun.run(new NApplyBreakdown(), table()
                .fact(FactKind.APPLICATIONS_NATURAL_PERSONS, 17, "自然人申请17件")     // 15 new + 2 carried
                .fact(FactKind.APPLICATIONS_LEGAL_PERSONS, 3, "法人或其他组织申请3件")  // table: 1
                .fact(FactKind.APPLICATIONS_BY_CHANNEL, n("16"), List.of(n("1"), n("3"), n("12")), null, "当面1件、网络3件、信函12件")
                .fact(FactKind.APPLICATIONS_BY_CHANNEL, n("16"), List.of(n("1"), n("3"), n("11")), null, "当面1件、网络3件、信函11件")
                .build());

        assertThat(findings).extracting(Finding::outcome)
                .containsExactly(Outcome.PASS, Outcome.FAIL, Outcome.PASS, Outcome.FAIL);
        assertThat(RuleRun.ids(findings.get(0))).containsExactly("T3[R1][NAT]", "T3[R2][NAT]", "N:APPLICATIONS_NATURAL_PERSONS");
        assertThat(findings.get(1).expected()).isEqualTo("1");
        assertThat(findings.get(1).actual()).isEqualTo("3");
        assertThat(RuleRun.ids(findings.get(3))).containsExactly("N:APPLICATIONS_BY_CHANNEL[1]", "N:APPLICATIONS_BY_CHANNEL[2]",
                "N:APPLICATIONS_BY_CHANNEL[3]", "N:APPLICATIONS_BY_CHANNEL");
        assertThat(findings.get(3).expected()).isEqualTo("15");
        assertThat(findings.get(3).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void closedAndCarryCompareWithRowsSevenAndFour() {
        assertThat(RuleRun.only(new NClosedTotal(), table().fact(FactKind.APPLICATIONS_CLOSED, 18, "办结18件").build()).outcome())
                .isEqualTo(Outcome.PASS);
        Finding closed = RuleRun.only(new NClosedTotal(), table().fact(FactKind.APPLICATIONS_CLOSED, 16, "办结16件").build());
        assertThat(closed.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(RuleRun.ids(closed)).containsExactly("T3[R3.7][TOT]", "N:APPLICATIONS_CLOSED");

        Finding carry = RuleRun.only(new NCarry(), table().fact(FactKind.APPLICATIONS_CARRIED_OVER, 0, "无下年度结转").build());
        assertThat(carry.outcome()).isEqualTo(Outcome.PASS);
        Finding carryWrong = RuleRun.only(new NCarry(), table().fact(FactKind.APPLICATIONS_CARRIED_OVER, 2, "结转下年度2件").build());
        assertThat(carryWrong.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(carryWrong.expected()).isEqualTo("0");
    }

    @Test
    void outcomeSumsTheRowsTheQualifierNames() {
        List<Finding> findings = RuleRun.run(new NOutcome(), table()
                .fact(FactKind.OUTCOME, n("5"), List.of(), "R3.1+R3.2", "予以公开及部分公开5件")
                .fact(FactKind.OUTCOME, n("11"), List.of(), "R3.4", "无法提供11件")       // table: 12
                .fact(FactKind.OUTCOME, n("1"), List.of(), "R9", "unmapped")
                .build());

        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.FAIL);
        assertThat(RuleRun.ids(findings.get(1))).containsExactly("T3[R3.4.1][TOT]", "T3[R3.4.2][TOT]", "T3[R3.4.3][TOT]",
                "N:OUTCOME");
        assertThat(findings.get(1).expected()).isEqualTo("12");
    }

    @Test
    void percentRecomputesTheShareWithinTolerance() {
        List<Finding> findings = RuleRun.run(new NPercent(), table()
                .fact(FactKind.PERCENT, n("66.67"), List.of(n("12")), "R3.4", "无法提供12件，占66.67%")  // 12/18 = 66.666…
                .fact(FactKind.PERCENT, n("60"), List.of(n("12"), n("18")), null, "12件，占60%")
                .build());

        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.FAIL);
        assertThat(RuleRun.ids(findings.get(0))).containsExactly("N:PERCENT.COUNT", "T3[R3.7][TOT]", "N:PERCENT");
        assertThat(findings.get(1).expected()).isEqualTo("66.67");
        assertThat(findings.get(1).actual()).isEqualTo("60");
    }

    @Test
    void theSharesOfACompleteBreakdownMustAddUpToAHundred() {
        // 18 closed (T3[R3.7][TOT]): 3 + 2 + 13 = 18 is a complete breakdown; 16.67 + 11.11 + 62.22 = 90 (13/18 = 72.22)
        List<Finding> findings = RuleRun.run(new NPercent(), table()
                .factOnLine(60, FactKind.PERCENT, n("16.67"), List.of(n("3")), "R3.1", "予以公开3件，占16.67%")
                .factOnLine(60, FactKind.PERCENT, n("11.11"), List.of(n("2")), "R3.2", "部分公开2件，占11.11%")
                .factOnLine(60, FactKind.PERCENT, n("62.22"), List.of(n("13")), null, "其他13件，占62.22%")
                .build());

        assertThat(findings).extracting(Finding::outcome)
                .containsExactly(Outcome.PASS, Outcome.PASS, Outcome.FAIL, Outcome.FAIL);
        Finding sum = findings.get(3);
        assertThat(sum.formula()).isEqualTo("Σ shares of one breakdown = 100 ± 0.1");
        assertThat(sum.expected()).isEqualTo("100");
        assertThat(sum.actual()).isEqualTo("90.00");
        assertThat(RuleRun.ids(sum)).containsExactly("N:PERCENT", "N:PERCENT", "N:PERCENT");
    }

    @Test
    void aPartialListingOfSharesIsNotSummed() {
        // 3 + 2 = 5 of 18: the listing is partial, so its 27.78% says nothing about a sum
        List<Finding> findings = RuleRun.run(new NPercent(), table()
                .factOnLine(60, FactKind.PERCENT, n("16.67"), List.of(n("3")), "R3.1", "予以公开3件，占16.67%")
                .factOnLine(60, FactKind.PERCENT, n("11.11"), List.of(n("2")), "R3.2", "部分公开2件，占11.11%")
                .build());

        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.PASS);
    }

    @Test
    void reviewChecksCountsAndMaintainedClaims() {
        ReportBuilder t4 = ReportBuilder.v2021().t4(T4Column.RV_MAINTAIN, 2).t4(T4Column.RV_PENDING, 1).t4(T4Column.RV_TOTAL, 3);
        List<Finding> findings = RuleRun.run(new NReview(), t4.fact(FactKind.REVIEW_COUNT, 3, "行政复议3件")
                .qualified(FactKind.REVIEW_OUTCOME_CLAIM, "均获维持", "均获维持")
                .qualified(FactKind.REVIEW_OUTCOME_CLAIM, "未被纠错", "未被纠错").build());

        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.FAIL, Outcome.PASS);
        assertThat(findings.get(1).actual()).isEqualTo("T4[RV.PENDING]=1");
        assertThat(RuleRun.ids(findings.get(2))).containsExactly("T4[RV.CORRECT]");
    }

    @Test
    void litigationComparesBothLawsuitTotalsAndANoCasesStatement() {
        ReportBuilder t4 = ReportBuilder.v2021().t4(T4Column.LD_MAINTAIN, 3).t4(T4Column.LD_TOTAL, 3)
                .t4(T4Column.LR_MAINTAIN, 2).t4(T4Column.LR_TOTAL, 2);
        List<Finding> findings = RuleRun.run(new NLitigation(), t4.fact(FactKind.LITIGATION_COUNT, 5, "行政诉讼5件")
                .fact(FactKind.NO_REVIEW_OR_LITIGATION, 0, "未产生行政复议和行政诉讼").build());

        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.FAIL);
        assertThat(RuleRun.ids(findings.get(1))).containsExactly("T4[RV.TOTAL]", "T4[LD.TOTAL]", "T4[LR.TOTAL]",
                "N:NO_REVIEW_OR_LITIGATION");
        assertThat(findings.get(1).expected()).isEqualTo("5");
    }

    @Test
    void regdocComparesMadeAndValidWithTableTwo() {
        List<Finding> findings = RuleRun.run(new NRegdoc(), ReportBuilder.v2021().t2(T2Cell.NORM_MADE, 2).t2(T2Cell.NORM_VALID, 470)
                .fact(FactKind.REGDOC_MADE, 2, "制发规范性文件2件").fact(FactKind.REGDOC_VALID, 393, "现行有效393件").build());

        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.FAIL);
        assertThat(findings.get(1).expected()).isEqualTo("470");
        assertThat(findings.get(1).actual()).isEqualTo("393");
    }

    @Test
    void sumChecksTheNarrativesOwnBreakdowns() {
        // jinping: 220 = 11 + 4 + 21 + 69 + 6 + 3 + 5 + 101
        List<Finding> findings = RuleRun.run(new NSum(), ReportBuilder.v2021()
                .fact(FactKind.INTERNAL_SUM, n("220"), List.of(n("11"), n("4"), n("21"), n("69"), n("6"), n("3"), n("5"), n("101")),
                        null, "主动公开政府信息220条")
                .fact(FactKind.INTERNAL_SUM, n("1725"), List.of(n("765"), n("950")), null, "1725条").build());

        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.FAIL);
        assertThat(findings.get(1).severity()).isEqualTo(Severity.INFO);
        assertThat(findings.get(1).expected()).isEqualTo("1715");
    }

    // A narrative figure can only contradict a certain table cell (issue 9): never a FAIL on an uncertain operand.

    @Test
    void aFigureAgainstABlankCellIsUncertainNotAViolation() {
        ReportBuilder blankRowOne = table();
        for (T3Column c : T3Column.values()) blankRowOne.blank(CellRef.t3(T3Row.R1, c));
        Finding received = RuleRun.only(new NApplyTotal(), blankRowOne.fact(FactKind.APPLICATIONS_RECEIVED, 17, "全年共收到政府信息公开申请17件").build());
        assertThat(received.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(received.expected()).isEqualTo("0");
        assertThat(received.actual()).isEqualTo("17");
        assertThat(received.messageZh()).contains("T3[R1][TOT] 为空白单元格");

        Finding regdoc = RuleRun.only(new NRegdoc(), ReportBuilder.v2021().blank(T2Cell.NORM_MADE.ref())
                .fact(FactKind.REGDOC_MADE, 2, "本年度制发行政规范性文件2件").build());
        assertThat(regdoc.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(regdoc.messageEn()).contains("T2.NORM.MADE are blank cells (cell blank; only tried as 0)");

        Finding percent = RuleRun.only(new NPercent(), table().blank(CellRef.t3(T3Row.R3_7, T3Column.TOT))
                .fact(FactKind.PERCENT, n("50"), List.of(n("9")), null, "予以公开9件，占50%").build());
        // the blank 总计 is derived from its components (18): 9 / 18 = 50 % holds, but on a derived value
        assertThat(percent.outcome()).isEqualTo(Outcome.UNCERTAIN);
    }

    @Test
    void aFigureThatAgreesWithABlankTriedAsZeroIsStillUncertain() {
        Finding none = RuleRun.only(new NRegdoc(), ReportBuilder.v2021().blank(T2Cell.NORM_MADE.ref())
                .fact(FactKind.REGDOC_MADE, 0, "本年度未制发行政规范性文件0件").build());
        assertThat(none.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(none.messageZh()).contains("按读取值成立");
    }

    @Test
    void aFigureAgainstAnInferredCellIsUncertainAndAgainstAMissingOneNotAssessable() {
        Finding inferred = RuleRun.only(new NClosedTotal(), table().inferred(CellRef.t3(T3Row.R3_7, T3Column.TOT), 20)
                .fact(FactKind.APPLICATIONS_CLOSED, 18, "全年共办结18件").build());
        assertThat(inferred.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(inferred.messageZh()).contains("T3[R3.7][TOT] 为推断值");

        Finding missing = RuleRun.only(new NReview(), table().missing(CellRef.t4(T4Column.RV_TOTAL))
                .fact(FactKind.REVIEW_COUNT, 1, "因政府信息公开被申请行政复议1件").build());
        assertThat(missing.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
    }
}
