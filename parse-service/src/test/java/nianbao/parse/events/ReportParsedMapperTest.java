package nianbao.parse.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;
import nianbao.events.ReportSubmitted;
import nianbao.events.SubmissionChannel;
import nianbao.events.SubmittedDocument;
import nianbao.parse.ReportParser;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;

class ReportParsedMapperTest {

    private static final Instant PARSED_AT = Instant.parse("2024-02-01T08:00:00Z");
    private final ReportParser parser = new ReportParser();

    private ReportParsed parsed(byte[] content) {
        ReportSubmitted submitted = ReportSubmitted.newBuilder()
                .setSubmissionId("s-1")
                .setAgency(new Agency("qingshan-civil-affairs", "青山区民政局", "410203", AgencyLevel.COUNTY_DEPARTMENT, null))
                .setReportYear(2023)
                .setDocument(new SubmittedDocument("pasted.txt", "text/plain", "-", (long) content.length, ByteBuffer.wrap(content)))
                .setSubmittedAt(Instant.parse("2024-01-31T08:00:00Z"))
                .setSubmittedBy("qingshan-civil-affairs")
                .setChannel(SubmissionChannel.PORTAL)
                .build();
        return ReportParsedMapper.parsed(submitted, parser.parse(content, "pasted.txt", "text/plain"), PARSED_AT);
    }

    @Test
    void aDocumentWithoutAnySignOfAReportIsNotAReportAndSaysWhy() {
        ReportParsed event = parsed("你好，这不是年度报告。".getBytes(StandardCharsets.UTF_8));
        assertThat(event.getOutcome()).isEqualTo(ParseOutcome.NOT_A_REPORT);
        assertThat(event.getFailureReason()).isEqualTo("文件不是政府信息公开工作年度报告：未找到“一、总体情况”等任何法定章节标题，"
                + "未读到表二、表三、表四的任何数据，也没有“××××年政府信息公开工作年度报告”标题");
        // what was read is kept: the timeline and a replay see the same text
        assertThat(event.getText()).isEqualTo("你好，这不是年度报告。");
    }

    @Test
    void factsCarryTheirQualifiersAsTheSameStringsAsBefore() {
        // the typed qualifiers of the domain travel as the strings report-parsed has always carried
        assertThat(parsed(SampleReports.bytes(SampleReports.LONGTING)).getNarrativeFacts())
                .extracting(f -> f.getKind() + " " + f.getQualifier())
                .contains("APPLICATIONS_BY_CHANNEL 当面+网络+信函", "OUTCOME R3.1", "OUTCOME R3.2", "OUTCOME R3.3",
                        "OUTCOME R3.4.1", "APPLICATIONS_RECEIVED null");
        assertThat(parsed(SampleReports.bytes(SampleReports.JINPING)).getNarrativeFacts())
                .extracting(f -> f.getKind() + " " + f.getQualifier())
                .contains("TITLE 锦屏街道2022年政府信息公开年度报告", "AGENCY 锦屏街道",
                        "STATISTICAL_PERIOD 2022-01-01/2022-12-31", "SECTION_TEXT 一", "SECTION_TEXT 五",
                        "OVERVIEW_TOPIC 主动公开", "OVERVIEW_TOPIC 监督保障");
    }

    /** 收到申请1 / 2件 wrapped inside the figure: read 12, and the event says it is uncertain. */
    @Test
    void aFigureReadAcrossALineBreakTravelsAsUncertain() {
        String text = String.join("\n", "一、总体情况",
                "本机关认真贯彻落实政府信息公开条例全面推进政务公开",
                "工作不断提升工作水平和质量效果各项工作有序开展",
                "进一步完善工作机制规范办理流程提高答复质量和效",
                "率确保依申请公开工作依法依规有序开展取得实效。",
                "依法做好依申请公开工作，全年共收到政府信息公开申请1",
                "2件，均已按时办结。");
        assertThat(parsed(text.getBytes(StandardCharsets.UTF_8)).getNarrativeFacts())
                .filteredOn(f -> f.getKind().equals("APPLICATIONS_RECEIVED"))
                .extracting(f -> f.getValue() + " " + f.getCertain()).containsExactly("12 false");
        assertThat(parsed(SampleReports.bytes(SampleReports.LONGTING)).getNarrativeFacts())
                .allMatch(f -> f.getCertain());
    }

    @Test
    void aReportIsParsedWithoutReason() {
        ReportParsed event = parsed(SampleReports.bytes(SampleReports.JINPING));
        assertThat(event.getOutcome()).isEqualTo(ParseOutcome.PARSED);
        assertThat(event.getFailureReason()).isNull();
    }
}
