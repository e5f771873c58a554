package nianbao.validate.rules.table3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.ReportBuilder;
import nianbao.validate.rules.RuleRun;
import org.junit.jupiter.api.Test;

class T3ShapeValueBlankTest {

    @Test
    void shapeReportsTheMissingRowsButNotAShortRowThatWasRead() {
        assertThat(RuleRun.only(new T3Shape(), ReportBuilder.v2021().build()).outcome()).isEqualTo(Outcome.PASS);
        // longting: a 6-value row whose unprinted column is missing is P-MISALIGNED's business
        assertThat(RuleRun.only(new T3Shape(), ReportBuilder.v2021().missing(CellRef.t3(T3Row.R3_1, T3Column.COM)).build())
                .outcome()).isEqualTo(Outcome.PASS);

        // kunwu: （六） merged into （七）
        Finding f = RuleRun.only(new T3Shape(), ReportBuilder.v2019().missingT3Row(T3Row.R3_6)
                .missing(CellRef.t3(T3Row.R4, T3Column.OTH)).build());
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.expected()).isEqualTo("23");
        assertThat(f.actual()).isEqualTo("22");
        assertThat(RuleRun.ids(f)).containsExactly("T3[R3.6][TOT]");
        assertThat(f.messageZh()).contains("R3.6“（六）其他处理”");
    }

    @Test
    void valueFailsOnNegativeFractionalOrTextCells() {
        ReportBuilder r = ReportBuilder.v2021();
        assertThat(RuleRun.only(new T3Value(), r.build()).outcome()).isEqualTo(Outcome.PASS);

        Finding f = RuleRun.only(new T3Value(), r.set(CellRef.t3(T3Row.R1, T3Column.NAT), -1)
                .set(CellRef.t3(T3Row.R2, T3Column.COM), "1.5", ReportBuilder.n("1.5"))
                .text(CellRef.t3(T3Row.R4, T3Column.TOT), "无").build());
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(RuleRun.ids(f)).containsExactly("T3[R1][NAT]", "T3[R2][COM]", "T3[R4][TOT]");
        assertThat(f.actual()).isEqualTo("T3[R1][NAT]=“-1”、T3[R2][COM]=“1.5”、T3[R4][TOT]=“无”");
    }

    /** OCR reads 0 as the letter O: such a cell is not known to be wrong, a real text cell beside it still is. */
    @Test
    void aLetterThatOcrReadsForADigitIsUncertain() {
        Finding misread = RuleRun.only(new T3Value(), ReportBuilder.v2021().text(CellRef.t3(T3Row.R3_7, T3Column.COM), "O").build());
        assertThat(misread.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(misread.messageZh()).isEqualTo("表三数值：T3[R3.7][COM]=“O” 不是非负整数，可能是文字识别把数字认错（如字母 O 与数字 0），请人工核对原文。");

        Finding both = RuleRun.only(new T3Value(), ReportBuilder.v2021().text(CellRef.t3(T3Row.R3_7, T3Column.COM), "O")
                .text(CellRef.t3(T3Row.R4, T3Column.TOT), "无").build());
        assertThat(both.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(both.actual()).isEqualTo("T3[R3.7][COM]=“O”、T3[R4][TOT]=“无”");
    }

    @Test
    void valueIsUncertainWhenOnlyInferredCellsAreBadAndNotAssessableWithoutATable() {
        ReportBuilder r = ReportBuilder.v2021().inferred(CellRef.t3(T3Row.R1, T3Column.SCI), -2);
        assertThat(RuleRun.only(new T3Value(), r.build()).outcome()).isEqualTo(Outcome.UNCERTAIN);

        ReportBuilder none = ReportBuilder.v2021();
        T3Row.rowsOf(nianbao.report.FormatVersion.V2021).forEach(none::missingT3Row);
        assertThat(RuleRun.only(new T3Value(), none.build()).outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
    }

    @Test
    void blankWarnsForAnUnfilledTotalAndListsOtherBlanksAsInfo() {
        assertThat(RuleRun.only(new T3Blank(), ReportBuilder.v2021().build()).outcome()).isEqualTo(Outcome.PASS);

        List<Finding> findings = RuleRun.run(new T3Blank(), ReportBuilder.v2021().t3(T3Row.R1, 7, 2, 0, 0, 0, 0, 9)
                .blank(CellRef.t3(T3Row.R1, T3Column.TOT)).blank(CellRef.t3(T3Row.R2, T3Column.NAT))
                .blank(CellRef.t3(T3Row.R2, T3Column.TOT)).build());

        assertThat(findings).hasSize(2);
        Finding total = findings.get(0);
        assertThat(total.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(total.severity()).isEqualTo(Severity.WARNING);
        assertThat(total.expected()).isEqualTo("9");
        assertThat(RuleRun.ids(total)).startsWith("T3[R1][TOT]", "T3[R1][NAT]").hasSize(7);
        Finding others = findings.get(1);
        assertThat(others.severity()).isEqualTo(Severity.INFO);
        // R2's blank 总计 sits over a blank component: nothing derives it
        assertThat(RuleRun.ids(others)).containsExactly("T3[R2][NAT]", "T3[R2][TOT]");
        assertThat(others.messageZh()).contains("空白不按 0 计算");
    }

    /** A row printed with its label and seven empty cells is there: its blanks are T3-BLANK's, not a missing row. */
    @Test
    void aRowWhoseCellsAreAllBlankIsPresent() {
        ReportBuilder r = ReportBuilder.v2021();
        for (T3Column c : T3Column.values()) r.blank(CellRef.t3(T3Row.R3_3_1, c));
        assertThat(RuleRun.only(new T3Shape(), r.build()).outcome()).isEqualTo(Outcome.PASS);
        Finding blanks = RuleRun.only(new T3Blank(), r.build());
        assertThat(blanks.severity()).isEqualTo(Severity.INFO);
        assertThat(RuleRun.ids(blanks)).hasSize(7).startsWith("T3[R3.3.1][NAT]");
    }
}
