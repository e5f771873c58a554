package nianbao.parse.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.report.SourceSpan;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;

class FormatVersionDetectorTest {

    private static VersionDetection sample(String fileName) {
        return FormatVersionDetector.detect(SampleReports.lines(fileName));
    }

    private static VersionDetection detect(String... lines) {
        return FormatVersionDetector.detect(List.of(lines));
    }

    private static VersionDetection clean(FormatVersion version, SourceSpan evidence, int v2019, int v2021) {
        return new VersionDetection(version, false, evidence, SourceSpan.NONE, v2019, v2021);
    }

    @Test
    void samples() {
        // evidence = the first table label: 本年制发件数 / 本年新制作数量 in the table-二 header. V2021 counts its table-二
        // headers (longting's 本年废件数 included) and the two （六） sub-rows; kunwu its 13 headers and the leaf （六） row.
        assertThat(sample(SampleReports.LONGTING)).isEqualTo(clean(FormatVersion.V2021, SourceSpan.onLine(32, 6, 6), 0, 8));
        assertThat(sample(SampleReports.KUNWU)).isEqualTo(clean(FormatVersion.V2019, SourceSpan.onLine(36, 6, 7), 14, 0));
        assertThat(sample(SampleReports.CHAOYANG)).isEqualTo(clean(FormatVersion.V2021, SourceSpan.onLine(12, 1, 6), 0, 8));
        assertThat(sample(SampleReports.JINPING)).isEqualTo(clean(FormatVersion.V2021, SourceSpan.onLine(15, 2, 6), 0, 8));
        // qidong's table 三 stops before （六）: table 二's six headers decide
        assertThat(sample(SampleReports.QIDONG)).isEqualTo(clean(FormatVersion.V2021, SourceSpan.onLine(40, 6, 6), 0, 6));
    }

    @Test
    void noTableAndNoCitationIsUnknown() {
        assertThat(detect("某局2022年政府信息公开工作年度报告", "一、总体情况"))
                .isEqualTo(clean(FormatVersion.UNKNOWN, SourceSpan.NONE, 0, 0));
    }

    @Test
    void decisionCountWithYearPrefixIsNoV2019Header() {
        assertThat(detect("信息内容\t本年处理决定数量")).isEqualTo(clean(FormatVersion.V2021, SourceSpan.onLine(1, 6, 8), 0, 1));
    }

    @Test
    void headersSplitBySpacesStillCount() {
        assertThat(detect("信息内容  本年 制发 件数")).isEqualTo(clean(FormatVersion.V2021, SourceSpan.onLine(1, 7, 8), 0, 1));
        assertThat(detect("第二十条 第(九)项", "信息内容  采购 项目数量  采购总金额(万元)"))
                .isEqualTo(clean(FormatVersion.V2019, SourceSpan.onLine(2, 7, 7), 2, 0));
    }

    /** The narrative of a 2023 report names 政府集中采购 and 处理决定数量: words in sentences are no table structure. */
    @Test
    void v2021ReportWhoseNarrativeNamesV2019WordsIsCleanV2021() {
        VersionDetection d = detect(
                "某县市场监督管理局2023年政府信息公开工作年度报告",
                "一、总体情况",
                "（一）主动公开情况。全年主动公开政府信息1256条，其中政府集中采购信息32条，行政许可、行政处罚处理决定数量等信息均按时公开。",
                "（二）依申请公开情况。全年共收到政府信息公开申请5件。",
                "处理决定数量较上年增加，行政许可处理决定数量1860件。",
                "二、主动公开政府信息情况",
                "第二十条第（一）项",
                "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
                "规章\t0\t0\t0",
                "行政规范性文件\t3\t1\t27",
                "第二十条第（五）项",
                "信息内容\t本年处理决定数量",
                "行政许可\t1860",
                "第二十条第（六）项",
                "信息内容\t本年处理决定数量",
                "行政处罚\t412",
                "行政强制\t6",
                "第二十条第（八）项",
                "信息内容\t本年收费金额（单位：万元）",
                "行政事业性收费\t7730.28");
        assertThat(d).isEqualTo(clean(FormatVersion.V2021, SourceSpan.onLine(8, 6, 6), 0, 6));
    }

    /**
     * A 2024 report in the 2021 format whose （五） block kept the 2019 header 上一年项目数量: six V2021 labels against one
     * V2019 label; the majority decides and the report is mixed, the stray header being the conflict.
     */
    @Test
    void v2021TablesWithOneLeftoverV2019HeaderAreMixedAndReadAsV2021() {
        VersionDetection d = detect(
                "二、主动公开政府信息情况",
                "| 第二十条第（一）项 | | | |",
                "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
                "| 规章 | 0 | 0 | 0 |",
                "| 行政规范性文件 | 2 | 0 | 41 |",
                "| 第二十条第（五）项 | |",
                "| 信息内容 | 上一年项目数量 |",
                "| 行政许可 | 315 |",
                "| 第二十条第（六）项 | |",
                "| 信息内容 | 本年处理决定数量 |",
                "| 行政处罚 | 28 |",
                "| 行政强制 | 0 |",
                "| 第二十条第（八）项 | |",
                "| 信息内容 | 本年收费金额（单位：万元） |",
                "| 行政事业性收费 | 0 |",
                "| （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                "| | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                "| | 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                "| （七）总计 | | 3 | 0 | 0 | 0 | 0 | 0 | 3 |");
        assertThat(d).isEqualTo(new VersionDetection(FormatVersion.V2021, true, SourceSpan.onLine(3, 10, 6),
                SourceSpan.onLine(7, 10, 7), 1, 7));
        assertThat(d.explanation()).isEqualTo("table labels of both formats: 1 of V2019, 7 of V2021; read as V2021 by the majority");
    }

    /** A 2020 report in the 2019 format that cites 60号: its tables decide, the citation is not needed. */
    @Test
    void v2019ReportOf2020IsV2019() {
        VersionDetection d = detect(
                "根据《中华人民共和国政府信息公开条例》和国办公开办函〔2019〕60号要求，编制本报告。",
                "第二十条第（一）项",
                "信息内容  本年新制作数量  本年新公开数量  对外公开总数量",
                "规章  0  0  0",
                "规范性文件  1  1  12",
                "第二十条第（五）项",
                "信息内容  上一年项目数量  本年增/减  处理决定数量",
                "行政许可  56  -3  1203",
                "其他对外管理服务事项  4  0  22",
                "（五）不予处理  5.要求行政机关确认或重新出具已获取信息  0  0  0  0  0  0  0",
                "（六）其他处理  0  0  0  0  0  0  0",
                "（七）总计  9  0  0  0  0  0  9");
        assertThat(d).isEqualTo(clean(FormatVersion.V2019, SourceSpan.onLine(3, 7, 7), 7, 0));
    }

    /** A web excerpt that stops inside table 二: its V2021 headers decide alone. */
    @Test
    void truncatedReportWithOnlyTableTwoHeadersIsV2021() {
        assertThat(detect(
                "二、主动公开政府信息情况",
                "第二十条第(一)项",
                "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
                "规章 | 0 | 0 | 0",
                "行政规范性文件 | 2 | 0 | 15"))
                .isEqualTo(clean(FormatVersion.V2021, SourceSpan.onLine(3, 8, 6), 0, 3));
    }

    /**
     * Excerpts that stop inside table 二 of the 2019 format, its first headers wrapped in their cells: split by a line
     * break (本年新 / 制作数量), or only their first line kept (本年新) — V2019's only headers starting so.
     */
    @Test
    void wrappedOrHalfKeptV2019HeadersAreV2019Evidence() {
        assertThat(detect(
                "第二十条第(一)项",
                "信息内容",
                "本年新",
                "制作数量",
                "",
                "本年新",
                "公开数量",
                "",
                "对外公开总数量",
                "规章",
                "0"))
                .isEqualTo(clean(FormatVersion.V2019, SourceSpan.onLine(3, 1, 3), 3, 0));
        assertThat(detect(
                "第二十条第(一)项 | ||||",
                "信息内容 | 本年新 | 本年新 | 对外公开总数量 | |",
                "规章 | 0 | 0 | 0 | |"))
                .isEqualTo(clean(FormatVersion.V2019, SourceSpan.onLine(2, 8, 3), 3, 0));
        // a row label that starts like the header is none: 本年新收… runs on
        assertThat(detect("信息内容 | 本年新收政府信息公开申请数量 | 3").version()).isEqualTo(FormatVersion.UNKNOWN);
    }

    @Test
    void onlyATieIsDecidedByTheCitedFormatNotice() {
        // one header of each version: the citation of 30号 decides, and the report stays mixed
        assertThat(detect(
                "依据国办公开办函[2021]30号文件要求编制。",
                "信息内容\t本年制发件数",
                "信息内容\t上一年项目数量"))
                .isEqualTo(new VersionDetection(FormatVersion.V2021, true, SourceSpan.onLine(2, 6, 6),
                        SourceSpan.onLine(3, 6, 7), 1, 1));
        // no table at all: the citation is all there is
        assertThat(detect("按照《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》（国办公开办函〔2021〕30号）编制。"))
                .isEqualTo(clean(FormatVersion.V2021, SourceSpan.onLine(1, 60, 9), 0, 0));
        // the citation does not outweigh a single table label
        assertThat(detect("根据国办公开办函〔2021〕30号编制。", "信息内容\t本年新制作数量").version()).isEqualTo(FormatVersion.V2019);
    }

    @Test
    void aTieNothingDecidesIsUnknownAndMixed() {
        VersionDetection d = detect("信息内容\t本年制发件数", "信息内容\t上一年项目数量");
        assertThat(d).isEqualTo(new VersionDetection(FormatVersion.UNKNOWN, true, SourceSpan.NONE, SourceSpan.onLine(2, 6, 7), 1, 1));
        assertThat(d.explanation()).endsWith("tied and no cited format notice decides: version unknown");
    }

    /** Three V2019 headers and one V2021 sub-row: the majority decides, not table 三 alone. */
    @Test
    void v2019TableTwoWithOneV2021SubRowIsMixedAndV2019() {
        assertThat(detect(
                "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
                "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0"))
                .isEqualTo(new VersionDetection(FormatVersion.V2019, true, SourceSpan.onLine(1, 6, 7),
                        SourceSpan.onLine(2, 19, 5), 3, 1));
    }

    @Test
    void v2021TableTwoWithALeafOtherHandlingRowIsMixedAndV2021() {
        assertThat(detect(
                "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
                "（六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
                "（七）总计 | 0 | 0 | 0 | 0 | 0 | 0 | 0"))
                .isEqualTo(new VersionDetection(FormatVersion.V2021, true, SourceSpan.onLine(1, 8, 6),
                        SourceSpan.onLine(2, 1, 7), 1, 3));
    }

    @Test
    void v2021OtherHandlingGroupRowWithItsSubRowsIsNotMixed() {
        VersionDetection d = detect(
                "（六）其他处理",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                "（七）总计");
        assertThat(d).isEqualTo(clean(FormatVersion.V2021, SourceSpan.onLine(2, 11, 5), 0, 2));
    }

    /** The Regulation's wording in a sentence (逾期不补正的，视为放弃申请) is no table-三 row. */
    @Test
    void theRegulationsWordingInASentenceIsNoSubRow() {
        assertThat(detect("申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理该政府信息公开申请。").version())
                .isEqualTo(FormatVersion.UNKNOWN);
    }

    @Test
    void headersWithoutTheirFirstHeaderStillCountAsARowOfTwo() {
        // OCR lost 信息内容; a single header word at a line start is not a header row
        assertThat(detect("| 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |", "| 规章 | 0 | 0 | 0 |", "本年收费金额（单位：万元）为0。"))
                .isEqualTo(clean(FormatVersion.V2019, SourceSpan.onLine(1, 3, 7), 3, 0));
    }

    @Test
    void hubeiNotesInsideHeaderCellsDoNotBreakTheHeaderRow() {
        assertThat(detect("信息内容\t上一年项目数量 (指2019年事项数)\t本年增/减 (指2020年增加或减少的事项数,减用负值表示,如 -8)\t处理决定数量 (指2020年办件量)"))
                .isEqualTo(clean(FormatVersion.V2019, SourceSpan.onLine(1, 6, 7), 3, 0));
    }

    @Test
    void headersOfATableFlattenedIntoProseStillCount() {
        assertThat(detect("工作取得成效。二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量 规章 0 0 0"))
                .isEqualTo(clean(FormatVersion.V2019, SourceSpan.onLine(1, 36, 7), 3, 0));
    }
}
