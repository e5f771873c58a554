package nianbao.validate.rules.table4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T4Column;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.ReportBuilder;
import nianbao.validate.rules.RuleRun;
import org.junit.jupiter.api.Test;

class T4RulesTest {

    /** longting sample: RV 4/3/5/0/12, LD 3/2/0/0/5, LR 2/0/0/0/2. */
    private ReportBuilder longting() {
        return ReportBuilder.v2021().t4(T4Column.RV_MAINTAIN, 4).t4(T4Column.RV_CORRECT, 3).t4(T4Column.RV_OTHER, 5)
                .t4(T4Column.RV_TOTAL, 12).t4(T4Column.LD_MAINTAIN, 3).t4(T4Column.LD_CORRECT, 2).t4(T4Column.LD_TOTAL, 5)
                .t4(T4Column.LR_MAINTAIN, 2).t4(T4Column.LR_TOTAL, 2);
    }

    @Test
    void theThreeGroupTotalsPassOnLongting() {
        for (var rule : List.of(new T4ReviewTotal(), new T4DirectTotal(), new T4PostReviewTotal())) {
            Finding f = RuleRun.only(rule, longting().build());
            assertThat(f.outcome()).as(rule.id()).isEqualTo(Outcome.PASS);
        }
        Finding rv = RuleRun.only(new T4ReviewTotal(), longting().build());
        assertThat(rv.expected()).isEqualTo("12");
        assertThat(RuleRun.ids(rv)).containsExactly("T4[RV.MAINTAIN]", "T4[RV.CORRECT]", "T4[RV.OTHER]",
                "T4[RV.PENDING]", "T4[RV.TOTAL]");
    }

    @Test
    void aTotalLeftAtZeroFails() {
        // domain-spec §8: 复议 10+1+0+0 recorded as 0
        Finding f = RuleRun.only(new T4ReviewTotal(), ReportBuilder.v2021().t4(T4Column.RV_MAINTAIN, 10)
                .t4(T4Column.RV_CORRECT, 1).build());

        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.expected()).isEqualTo("11");
        assertThat(f.actual()).isEqualTo("0");
        assertThat(f.formula()).isEqualTo("T4[RV.MAINTAIN] + T4[RV.CORRECT] + T4[RV.OTHER] + T4[RV.PENDING] = T4[RV.TOTAL]");
    }

    @Test
    void aMissingTotalIsNotAssessableAndAnInferredOneUncertain() {
        Finding missing = RuleRun.only(new T4PostReviewTotal(), ReportBuilder.v2019().missing(CellRef.t4(T4Column.LR_TOTAL)).build());
        assertThat(missing.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);

        Finding inferred = RuleRun.only(new T4DirectTotal(), longting().inferred(CellRef.t4(T4Column.LD_TOTAL), 5).build());
        assertThat(inferred.outcome()).isEqualTo(Outcome.UNCERTAIN);
    }

    @Test
    void aBlankComponentMakesItsGroupUncertainAndABlankTotalIsDerived() {
        Finding pending = RuleRun.only(new T4ReviewTotal(), longting().blank(CellRef.t4(T4Column.RV_PENDING)).build());
        assertThat(pending.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(pending.messageZh()).contains("T4[RV.PENDING] 为空白单元格");

        Finding derived = RuleRun.only(new T4DirectTotal(), longting().blank(CellRef.t4(T4Column.LD_TOTAL)).build());
        assertThat(derived.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(derived.actual()).isEqualTo("5");
    }

    @Test
    void shapeWantsFifteenValues() {
        assertThat(RuleRun.only(new T4Shape(), longting().build()).outcome()).isEqualTo(Outcome.PASS);

        // kunwu: 14 values, the last 总计 missing
        Finding f = RuleRun.only(new T4Shape(), ReportBuilder.v2019().missing(CellRef.t4(T4Column.LR_TOTAL)).build());
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.actual()).isEqualTo("14/15");
        assertThat(RuleRun.ids(f)).containsExactly("T4[LR.TOTAL]");
    }

    @Test
    void valueReportsBadNumbersAsErrorAndBlankTotalsAsWarning() {
        assertThat(RuleRun.run(new T4Value(), longting().build())).extracting(Finding::outcome)
                .containsExactly(Outcome.PASS, Outcome.PASS);

        List<Finding> findings = RuleRun.run(new T4Value(), longting().t4(T4Column.LD_OTHER, -1)
                .blank(CellRef.t4(T4Column.RV_TOTAL)).blank(CellRef.t4(T4Column.LR_PENDING)).build());
        assertThat(findings).extracting(Finding::outcome, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Outcome.FAIL, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple(Outcome.FAIL, Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple(Outcome.FAIL, Severity.INFO));
        assertThat(RuleRun.ids(findings.get(0))).containsExactly("T4[LD.OTHER]");
        assertThat(findings.get(1).expected()).isEqualTo("12");
        assertThat(RuleRun.ids(findings.get(2))).containsExactly("T4[LR.PENDING]");
    }
}
