package nianbao.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nianbao.report.ReportRecognition;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The criterion of {@link ReportRecognition} on what the parser reads: any one sign of a report is enough. */
class ReportRecognitionTest {

    private final ReportParser parser = new ReportParser();

    private ReportRecognition recognise(String text) {
        return ReportRecognition.of(parser.parse(text.getBytes(StandardCharsets.UTF_8), "document.txt", "text/plain"));
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleReports.LONGTING, SampleReports.KUNWU, SampleReports.CHAOYANG, SampleReports.JINPING,
            SampleReports.QIDONG})
    void everySampleIsAReport(String sample) {
        ReportRecognition r = ReportRecognition.of(parser.parse(SampleReports.bytes(sample), sample, "text/plain"));
        assertThat(r.isReport()).isTrue();
        assertThat(r.sectionsFound()).isPositive();
        assertThat(r.cellsRead()).isPositive();
    }

    @Test
    void anExcerptWithOneSectionHeadingIsAReport() {
        ReportRecognition r = recognise("""
                四、政府信息公开行政复议、行政诉讼情况
                本年度未发生因政府信息公开引起的行政复议、行政诉讼。
                """);
        assertThat(r).isEqualTo(new ReportRecognition(1, 0, false));
        assertThat(r.isReport()).isTrue();
    }

    @Test
    void anExcerptWithOneTableRowIsAReport() {
        ReportRecognition r = recognise("""
                （三）主动公开情况
                第二十条第（九）项\t信息内容\t采购总金额
                政府集中采购\t\t236.5
                """);
        assertThat(r.cellsRead()).isEqualTo(1);
        assertThat(r.isReport()).isTrue();
    }

    @Test
    void aTitleAloneIsAReport() {
        ReportRecognition r = recognise("""
                青山区民政局2023年政府信息公开工作年度报告
                （内容待补充）
                """);
        assertThat(r).isEqualTo(new ReportRecognition(0, 0, true));
        assertThat(r.isReport()).isTrue();
    }

    @Test
    void aGreetingIsNoReport() {
        assertThat(recognise("你好，这不是年度报告。")).isEqualTo(new ReportRecognition(0, 0, false));
    }

    @Test
    void oneByteIsNoReport() {
        assertThat(recognise("a").isReport()).isFalse();
    }

    @Test
    void aPageOfAsciiIsNoReport() {
        String page = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor 2023.\n".repeat(60);
        assertThat(recognise(page)).isEqualTo(new ReportRecognition(0, 0, false));
    }

    /** About 政务公开, with figures, but without a section heading, a table or a report title. */
    @Test
    void aNewsItemAboutDisclosureIsNoReport() {
        ReportRecognition r = recognise("""
                我区召开2024年政务公开工作推进会
                3月12日，区政府办公室组织召开全区政务公开工作推进会，各街道、区直各部门分管负责同志参加会议。
                会议通报了2023年政务公开工作情况：全年主动公开政府信息1260条，受理政府信息公开申请35件，均已按时答复。
                会议要求，各单位要进一步提高认识，落实主体责任，推动政务公开工作提质增效。
                """);
        assertThat(r).isEqualTo(new ReportRecognition(0, 0, false));
    }
}
