package nianbao.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.FormatVersion;
import nianbao.report.SectionId;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T2Cell;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.T4Column;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.structure.SFee;
import nianbao.validate.rules.table2.T2Shape;
import nianbao.validate.rules.table3.T3Shape;
import nianbao.validate.rules.table4.T4Shape;
import org.junit.jupiter.api.Test;

/**
 * A text cut inside table 三 (a web excerpt, an upload that stops): what it lacks after the cut — table 三's last
 * rows, table 四, section 六's fee statement — is not assessable; the same report ending in a full sentence lacks them.
 */
class CutTextTest {

    private static final String BEFORE_TABLE_THREE = "某局2023年政府信息公开工作年度报告\n一、总体情况\n"
            + "全年主动公开政府信息52条，均按规定发布。\n二、主动公开政府信息情况\n规章 | 0 | 0 | 0\n"
            + "三、收到和处理政府信息公开申请情况\n";

    @Test
    void whatATextCutInsideTableThreeLacksAfterTheCutIsNotAssessable() {
        var report = uptoTableThreeRowTwo("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0");

        Finding rows = RuleRun.only(new T3Shape(), report);
        assertThat(rows.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(rows.expected()).isEqualTo("25");
        assertThat(rows.actual()).isEqualTo("2");
        assertThat(rows.messageZh()).startsWith("提交的文本在第三部分中途结束（节选或截断），表三未找到的 23 行（R3.1“（一）予以公开”、")
                .endsWith("R4“四、结转下年度继续办理”）可能在截断之外，无法检查。请核对是否提交了完整报告。");
        assertThat(rows.messageEn()).startsWith("The submitted text stops inside section 三 (an excerpt or a cut upload); the 23 rows");

        Finding tableFour = RuleRun.only(new T4Shape(), report);
        assertThat(tableFour.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(tableFour.actual()).isEqualTo("0/15");
        assertThat(tableFour.messageZh()).startsWith("表四（行政复议、行政诉讼情况）结构：提交的文本在第三部分中途结束（节选或截断），未找到的 15 个单元格");

        Finding fee = RuleRun.only(new SFee(), report);
        assertThat(fee.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(fee.messageZh()).isEqualTo("提交的文本在第三部分中途结束（节选或截断），无法检查“六、其他需要报告的事项”"
                + "是否说明了信息处理费收取情况。请核对是否提交了完整报告。");

        assertThat(RuleRun.only(new T2Shape(), report).outcome()).as("table 二 lies before the cut, whole").isEqualTo(Outcome.PASS);
    }

    /** A table row ends no report: cut after a row of empty cells whose label closes a parenthesis, it is a cut too. */
    @Test
    void aTextEndingInATableRowOfEmptyCellsIsCutThere() {
        for (String row : List.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t\t",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形） |  |  |")) {
            var report = uptoTableThreeRowTwo("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n" + row);
            assertThat(RuleRun.only(new SFee(), report).outcome()).as(row).isEqualTo(Outcome.NOT_ASSESSABLE);
        }
        // a sentence indented with TABs (Word's alignment) is a sentence's end, not a row
        var indented = uptoTableThreeRowTwo("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n\t\t本机关无其他需要报告的事项。");
        assertThat(RuleRun.only(new SFee(), indented).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void theSameReportEndingInAFullSentenceLacksThem() {
        var report = uptoTableThreeRowTwo("二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n本机关无其他需要报告的事项。");

        Finding rows = RuleRun.only(new T3Shape(), report);
        assertThat(rows.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(rows.severity()).isEqualTo(Severity.WARNING);
        assertThat(rows.messageZh()).startsWith("表三缺少 23 行：R3.1“（一）予以公开”");
        assertThat(RuleRun.only(new T4Shape(), report).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(RuleRun.only(new SFee(), report).outcome()).isEqualTo(Outcome.FAIL);
    }

    /** A text that stops before its first section (a title and half a sentence) holds no section to name. */
    @Test
    void aTextCutBeforeItsFirstSectionSaysSo() {
        ReportBuilder r = ReportBuilder.v2021().text("某局2023年政府信息公开工作年度报告\n2023年，某局认真贯彻落实党中央、国务院关于政务公开工作的决策部署，不断提升")
                .factOnLine(1, FactKind.TITLE, BigDecimal.valueOf(2023), List.of(), "2023", "某局2023年政府信息公开工作年度报告");
        for (SectionId id : SectionId.values()) r.sectionMissing(id);
        T2Cell.cellsOf(FormatVersion.V2021).forEach(cell -> r.missing(CellRef.t2(cell)));
        T3Row.rowsOf(FormatVersion.V2021).forEach(r::missingT3Row);
        for (T4Column c : T4Column.values()) r.missing(CellRef.t4(c));

        Finding rows = RuleRun.only(new T3Shape(), r.build());
        assertThat(rows.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(rows.messageZh()).startsWith("提交的文本在第一部分之前就已结束（节选或截断），表三未找到的 25 行");
        assertThat(rows.messageEn()).startsWith("The submitted text stops before its first section (an excerpt or a cut upload);");
    }

    /** Sections 一–三 found, table 三's rows 一 and 二 read, nothing after them; the text ends with {@code ending}. */
    private static nianbao.report.ParsedReport uptoTableThreeRowTwo(String ending) {
        ReportBuilder r = ReportBuilder.v2021().text(BEFORE_TABLE_THREE + "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n"
                        + ending)
                .factOnLine(1, FactKind.TITLE, BigDecimal.valueOf(2023), List.of(), "2023", "某局2023年政府信息公开工作年度报告");
        for (SectionId id : List.of(SectionId.REVIEW_LITIGATION, SectionId.PROBLEMS, SectionId.OTHER_MATTERS)) {
            r.sectionMissing(id);
        }
        T3Row.rowsOf(FormatVersion.V2021).stream().filter(row -> row != T3Row.R1 && row != T3Row.R2).forEach(r::missingT3Row);
        for (T4Column c : T4Column.values()) r.missing(CellRef.t4(c));
        return r.build();
    }
}
