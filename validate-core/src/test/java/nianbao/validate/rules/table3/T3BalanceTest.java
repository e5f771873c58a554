package nianbao.validate.rules.table3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.validate.engine.Attribution;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.ReportBuilder;
import nianbao.validate.rules.RuleRun;
import org.junit.jupiter.api.Test;

class T3BalanceTest {

    private final T3Balance rule = new T3Balance();

    /** jinping sample figures: 5 new, 3 partly disclosed + 2 not supplemented = 5 closed. */
    private ReportBuilder jinping() {
        return ReportBuilder.v2021().t3(T3Row.R1, 5).t3(T3Row.R3_2, 3).t3(T3Row.R3_6_1, 2).t3(T3Row.R3_7, 5);
    }

    @Test
    void passesInEveryColumnWhenNewPlusCarriedEqualsClosedPlusCarriedForward() {
        List<Finding> findings = RuleRun.run(rule, jinping().build());

        assertThat(findings).hasSize(7).allMatch(f -> f.outcome() == Outcome.PASS);
        Finding nat = findings.get(0);
        assertThat(RuleRun.ids(nat)).containsExactly("T3[R1][NAT]", "T3[R2][NAT]", "T3[R3.7][NAT]", "T3[R4][NAT]");
        assertThat(nat.expected()).isEqualTo("5");
        assertThat(nat.actual()).isEqualTo("5");
        assertThat(nat.formula()).isEqualTo("T3[R1][NAT] + T3[R2][NAT] = T3[R3.7][NAT] + T3[R4][NAT]");
    }

    @Test
    void failsTheColumnsThatDoNotBalanceWithTheirOperands() {
        // 16 received, nothing carried over, but （七）总计 says 15 and nothing carried forward
        List<Finding> findings = RuleRun.run(rule, ReportBuilder.v2021().t3(T3Row.R1, 16).t3(T3Row.R3_1, 15)
                .t3(T3Row.R3_7, 15).build());

        List<Finding> failing = findings.stream().filter(f -> f.outcome() == Outcome.FAIL).toList();
        assertThat(failing).extracting(f -> f.operands().get(0).id()).containsExactly("T3[R1][NAT]", "T3[R1][TOT]");
        Finding tot = failing.get(1);
        assertThat(tot.severity()).isEqualTo(Severity.ERROR);
        assertThat(tot.attribution()).isEqualTo(Attribution.REPORT);
        assertThat(tot.expected()).isEqualTo("16");
        assertThat(tot.actual()).isEqualTo("15");
        assertThat(tot.operands()).extracting(o -> o.value().intValue()).containsExactly(16, 0, 15, 0);
        assertThat(tot.messageZh()).contains("不符合").contains("相差 1");
        assertThat(findings.stream().filter(f -> f.outcome() == Outcome.PASS)).hasSize(5);
    }

    @Test
    void anInferredOperandMakesTheColumnUncertainEvenWhenItBalances() {
        Finding nat = RuleRun.run(rule, jinping().inferred(CellRef.t3(T3Row.R3_7, T3Column.NAT), 5).build()).get(0);

        assertThat(nat.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(nat.attribution()).isEqualTo(Attribution.PARSER);
        assertThat(nat.messageZh()).contains("T3[R3.7][NAT]").contains("推断");
    }

    @Test
    void aBlankTotalOverNonZeroComponentsIsDerivedAndUncertain() {
        Finding tot = RuleRun.run(rule, jinping().blank(CellRef.t3(T3Row.R1, T3Column.TOT)).build()).get(6);

        assertThat(tot.outcome()).isEqualTo(Outcome.UNCERTAIN);
        // the operand keeps what the document says (blank); the derived 5 enters the arithmetic only
        assertThat(tot.operands().get(0).value()).isNull();
        assertThat(tot.operands().get(0).raw()).isEmpty();
        assertThat(tot.expected()).isEqualTo("5");
        assertThat(tot.attribution()).isEqualTo(Attribution.REPORT);
    }

    @Test
    void aMissingTotalRowIsNotAssessableNeverPassed() {
        List<Finding> findings = RuleRun.run(rule, jinping().missingT3Row(T3Row.R3_7).build());

        assertThat(findings).hasSize(7).allMatch(f -> f.outcome() == Outcome.NOT_ASSESSABLE);
        assertThat(findings.get(0).expected()).isNull();
        assertThat(findings.get(0).messageZh()).contains("无法检查").contains("T3[R3.7][NAT]");
    }

    /** A blank is not 0 (issue 9): a column with a blank operand is UNCERTAIN, whether or not it balances as if 0. */
    @Test
    void aBlankComponentIsNeverZeroSoItsColumnIsUncertain() {
        Finding nat = RuleRun.run(rule, jinping().blank(CellRef.t3(T3Row.R2, T3Column.NAT)).build()).get(0);

        assertThat(nat.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(nat.operands().get(1).value()).isNull();
        assertThat(nat.attribution()).isEqualTo(Attribution.REPORT);
        assertThat(nat.messageZh()).contains("按读取值成立", "T3[R2][NAT] 为空白单元格");
    }

    /**
     * 12 received, 10 closed, and the row 四、结转下年度继续办理 left blank (the 2 carried forward not filled in): read as
     * 0 this was a false ERROR in the 自然人 and 总计 columns; it is UNCERTAIN, the other columns balance.
     */
    @Test
    void aBlankCarriedForwardRowGivesNoErrorInAnyColumn() {
        ReportBuilder report = ReportBuilder.v2021().t3(T3Row.R1, 12).t3(T3Row.R3_1, 10).t3(T3Row.R3_7, 10);
        for (T3Column c : T3Column.values()) report.blank(CellRef.t3(T3Row.R4, c));
        List<Finding> findings = RuleRun.run(rule, report.build());

        assertThat(findings).extracting(Finding::outcome).containsOnly(Outcome.UNCERTAIN);
        Finding tot = findings.get(6);
        assertThat(tot.expected()).isEqualTo("12");
        assertThat(tot.actual()).isEqualTo("10");
        assertThat(tot.messageZh()).contains("按读取值不成立", "T3[R4][TOT] 为空白单元格");
    }
}
