package nianbao.validate.rules.table3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.rules.ReportBuilder;
import nianbao.validate.rules.RuleRun;
import org.junit.jupiter.api.Test;

class T3RowSumTest {

    private final T3RowSum rule = new T3RowSum();

    @Test
    void evaluatesEveryRowOfTheVersion() {
        assertThat(RuleRun.run(rule, ReportBuilder.v2021().build())).hasSize(25).allMatch(f -> f.outcome() == Outcome.PASS);
        assertThat(RuleRun.run(rule, ReportBuilder.v2019().build())).hasSize(23);
    }

    @Test
    void failsARowWhoseTotalIsNotTheSumOfItsApplicantColumns() {
        // R1: 10 natural persons + 2 companies + 1 law firm = 13, but 总计 says 12
        List<Finding> findings = RuleRun.run(rule, ReportBuilder.v2021().t3(T3Row.R1, 10, 2, 0, 0, 1, 0, 12).build());

        Finding r1 = findings.get(0);
        assertThat(r1.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(RuleRun.ids(r1)).containsExactly("T3[R1][NAT]", "T3[R1][COM]", "T3[R1][SCI]", "T3[R1][NGO]",
                "T3[R1][LAW]", "T3[R1][OTH]", "T3[R1][TOT]");
        assertThat(r1.expected()).isEqualTo("13");
        assertThat(r1.actual()).isEqualTo("12");
        assertThat(r1.quote()).isNull(); // the hand-made report has no text to quote
        assertThat(findings.stream().filter(f -> f.outcome() == Outcome.FAIL)).hasSize(1);
    }

    @Test
    void skipsARowWhoseBlankTotalIsDerived() {
        List<Finding> findings = RuleRun.run(rule, ReportBuilder.v2021().t3(T3Row.R1, 4)
                .blank(CellRef.t3(T3Row.R1, T3Column.TOT)).build());

        assertThat(findings).hasSize(24).noneMatch(f -> f.operands().get(0).id().equals("T3[R1][NAT]"));
    }

    @Test
    void aDerivedZeroTotalIsSkippedToo() {
        List<Finding> findings = RuleRun.run(rule, ReportBuilder.v2021().blank(CellRef.t3(T3Row.R2, T3Column.TOT)).build());

        assertThat(findings).hasSize(24).noneMatch(f -> f.operands().get(0).id().equals("T3[R2][NAT]"));
    }

    /** A blank 总计 over a blank component derives nothing: the row is UNCERTAIN, never a FAIL on a blank read as 0. */
    @Test
    void aBlankThatNothingDerivesMakesItsRowUncertain() {
        List<Finding> findings = RuleRun.run(rule, ReportBuilder.v2021().t3(T3Row.R4, T3Column.NAT, 2)
                .blank(CellRef.t3(T3Row.R4, T3Column.COM)).blank(CellRef.t3(T3Row.R4, T3Column.TOT)).build());

        Finding r4 = findings.get(24);
        assertThat(r4.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(r4.messageEn()).contains("T3[R4][COM]、T3[R4][TOT] are blank cells (cell blank");
        assertThat(findings).filteredOn(f -> f.outcome() != Outcome.PASS).containsExactly(r4);
    }

    @Test
    void aMissingCellMakesItsRowNotAssessable() {
        List<Finding> findings = RuleRun.run(rule, ReportBuilder.v2021().missing(CellRef.t3(T3Row.R4, T3Column.SCI)).build());

        Finding r4 = findings.get(24);
        assertThat(r4.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(r4.messageEn()).contains("T3[R4][SCI] could not be read");
    }

    @Test
    void anInferredCellMakesAFailingRowUncertain() {
        Finding r1 = RuleRun.run(rule, ReportBuilder.v2021().t3(T3Row.R1, 3).inferred(CellRef.t3(T3Row.R1, T3Column.NGO), 1)
                .build()).get(0);

        assertThat(r1.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(r1.expected()).isEqualTo("4");
        assertThat(r1.actual()).isEqualTo("3");
    }
}
