package nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperandNamesTest {

    @Test
    void eachTablesCellsAreNamedByTheirPrintedRowAndColumn() {
        assertThat(OperandNames.of("T3[R1][TOT]")).hasValue("表三“一、本年新收政府信息公开申请数量”行“总计”列");
        assertThat(OperandNames.of("T3[R3.3.1][COM]")).hasValue("表三“（三）不予公开·1.属于国家秘密”行“商业企业”列");
        assertThat(OperandNames.of("T4[LD.PENDING]")).hasValue("表四“行政诉讼·未经复议直接起诉·尚未审结”");
        assertThat(OperandNames.of("T2.REG.MADE")).hasValue("表二“规章·本年制发件数”");
        assertThat(OperandNames.of("T2.FEE.PREV_ITEMS")).hasValue("表二“行政事业性收费·上一年项目数量”");
    }

    @Test
    void aPriorYearsCellSaysItsYear() {
        assertThat(OperandNames.of("T3[R4][TOT]@2021")).hasValue("2021年报告表三“四、结转下年度继续办理”行“总计”列");
    }

    @Test
    void whatNamesNoKnownCellHasNoWords() {
        assertThat(OperandNames.of("T3[R9][TOT]")).isEmpty();
        assertThat(OperandNames.of("SECTION:四")).isEmpty();
    }

    @Test
    void aNumberFromTheTextIsSaidToBeOne() {
        assertThat(OperandNames.of("N:REVIEW_COUNT")).hasValue("正文所述数字");
    }

    @Test
    void aMessageKeepsItsWordsAndLosesItsIds() {
        assertThat(OperandNames.inText("正文所述行政复议件数与表四“行政复议·总计”：不符合，T4[RV.TOTAL](2) = 2，而 N:REVIEW_COUNT(0) = 0，相差 2。"))
                .isEqualTo("正文所述行政复议件数与表四“行政复议·总计”：不符合，表四“行政复议·总计”(2) = 2，而 正文所述数字(0) = 0，相差 2。");
        assertThat(OperandNames.inText("表三“商业企业”列勾稽关系：按读取值成立，但T3[R3.7][COM] 为空白单元格，不能确定。"))
                .isEqualTo("表三“商业企业”列勾稽关系：按读取值成立，但表三“（七）总计”行“商业企业”列 为空白单元格，不能确定。");
        assertThat(OperandNames.inText("未找到 2 个单元格（T2.REG.MADE、T4[RV.TOTAL]）。"))
                .isEqualTo("未找到 2 个单元格（表二“规章·本年制发件数”、表四“行政复议·总计”）。");
        assertThat(OperandNames.inText("表三缺少 2 行：R3.3.8“8.属于行政查询事项”、R3.6“（六）其他处理”。"))
                .isEqualTo("表三缺少 2 行：“8.属于行政查询事项”、“（六）其他处理”。");
        assertThat(OperandNames.inText("T3[R9][TOT] 与 R3.1 保持原样")).isEqualTo("T3[R9][TOT] 与 R3.1 保持原样");
    }
}
