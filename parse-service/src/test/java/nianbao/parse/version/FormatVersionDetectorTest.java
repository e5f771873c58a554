package nianbao.parse.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.report.SourceSpan;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;

class FormatVersionDetectorTest {

    private static VersionDetection detect(String sample) {
        return FormatVersionDetector.detect(SampleReports.lines(sample));
    }

    @Test
    void samples() {
        // evidence = the first marker label: 本年制发件数 / 本年新制作数量 in the table-二 header
        assertThat(detect(SampleReports.LONGTING)).isEqualTo(new VersionDetection(FormatVersion.V2021, false, SourceSpan.onLine(32, 6, 6)));
        assertThat(detect(SampleReports.KUNWU)).isEqualTo(new VersionDetection(FormatVersion.V2019, false, SourceSpan.onLine(36, 6, 7)));
        assertThat(detect(SampleReports.CHAOYANG)).isEqualTo(new VersionDetection(FormatVersion.V2021, false, SourceSpan.onLine(12, 1, 6)));
        assertThat(detect(SampleReports.JINPING)).isEqualTo(new VersionDetection(FormatVersion.V2021, false, SourceSpan.onLine(15, 2, 6)));
        assertThat(detect(SampleReports.QIDONG)).isEqualTo(new VersionDetection(FormatVersion.V2021, false, SourceSpan.onLine(40, 6, 6)));
    }

    @Test
    void noMarkerIsUnknown() {
        assertThat(FormatVersionDetector.detect(List.of("某局2022年政府信息公开工作年度报告", "一、总体情况")))
                .isEqualTo(new VersionDetection(FormatVersion.UNKNOWN, false, SourceSpan.NONE));
    }

    @Test
    void decisionCountWithYearPrefixIsNoV2019Marker() {
        assertThat(FormatVersionDetector.detect(List.of("信息内容\t本年处理决定数量")))
                .isEqualTo(new VersionDetection(FormatVersion.V2021, false, SourceSpan.onLine(1, 6, 8)));
    }

    @Test
    void labelsSplitBySpacesStillCount() {
        assertThat(FormatVersionDetector.detect(List.of("信息内容  本年 制发 件数")))
                .isEqualTo(new VersionDetection(FormatVersion.V2021, false, SourceSpan.onLine(1, 7, 8)));
        assertThat(FormatVersionDetector.detect(List.of("第二十条 第(九)项")))
                .isEqualTo(new VersionDetection(FormatVersion.V2019, false, SourceSpan.onLine(1, 1, 10)));
    }

    @Test
    void v2019TableTwoWithV2021OtherHandlingSubRowsIsMixedAndFollowsTableThree() {
        List<String> lines = List.of(
                "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
                "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0");
        assertThat(FormatVersionDetector.detect(lines))
                .isEqualTo(new VersionDetection(FormatVersion.V2021, true, SourceSpan.onLine(2, 19, 5)));
    }

    @Test
    void v2021TableTwoWithASingleOtherHandlingRowIsMixedAndFollowsTableThree() {
        List<String> lines = List.of(
                "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
                "（六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
                "（七）总计 | 0 | 0 | 0 | 0 | 0 | 0 | 0");
        assertThat(FormatVersionDetector.detect(lines))
                .isEqualTo(new VersionDetection(FormatVersion.V2019, true, SourceSpan.onLine(2, 1, 7)));
    }

    @Test
    void v2021OtherHandlingGroupRowWithItsSubRowsIsNotMixed() {
        List<String> lines = List.of(
                "本年制发件数",
                "（六）其他处理",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "（七）总计");
        assertThat(FormatVersionDetector.detect(lines).mixed()).isFalse();
    }

    @Test
    void withoutTableThreeTheMajorityOfLabelsDecides() {
        List<String> lines = List.of("本年新制作数量\t本年新公开数量\t对外公开总数量", "本年收费金额（单位：万元）");
        assertThat(FormatVersionDetector.detect(lines))
                .isEqualTo(new VersionDetection(FormatVersion.V2019, true, SourceSpan.onLine(1, 1, 7)));
    }

    @Test
    void markerWordsInASentenceAreNoLabels() {
        List<String> lines = List.of(
                "本机关按要求公开政府集中采购项目信息，并公开行政许可处理决定数量。",
                "信息内容\t本年制发件数\t本年废止件数\t现行有效件数");
        assertThat(FormatVersionDetector.detect(lines))
                .isEqualTo(new VersionDetection(FormatVersion.V2021, false, SourceSpan.onLine(2, 6, 6)));
    }

    @Test
    void labelsOfATableFlattenedIntoProseStillCount() {
        List<String> lines = List.of("工作取得成效。二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量 规章 0 0 0");
        assertThat(FormatVersionDetector.detect(lines))
                .isEqualTo(new VersionDetection(FormatVersion.V2019, false, SourceSpan.onLine(1, 36, 7)));
    }
}
