package nianbao.notify.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nianbao.notify.history.TimelineEntry;

class HistoryWordsTest {

    private static final Instant AT = Instant.parse("2023-01-20T02:00:00Z");

    private static HistoryWords.Entry of(String kind, String fingerprint, String detail) {
        return HistoryWords.of(new TimelineEntry(AT, kind, 2022, "s1", null, null, fingerprint, detail),
                Map.of("fp-1", "表四“行政复议·总计”为 2"));
    }

    @Test
    void saysEachEventInChinese() {
        assertThat(of("VALIDATED", null, "FAIL SUBMISSION, 2 failing"))
                .isEqualTo(new HistoryWords.Entry("2023-01-20 10:00", "核查完成", "发现问题（提交后核查），2 项不符", "s1"));
        assertThat(of("PARSED", null, "V2021 TAB TEXT; P-MISALIGNED×2, P-TRUNCATED×1").detail())
                .isEqualTo("2021年版格式，读取提示 2 类");
        assertThat(of("PARSED", null, "V2019 PDF_LAYOUT PDF").detail()).isEqualTo("2019年版格式");
        assertThat(of("PARSE_FAILED", null, "ENCRYPTED: a.pdf").detail()).isEqualTo("原因：ENCRYPTED: a.pdf");
        assertThat(of("ALERT_RESOLVED", "fp-1", "ERROR")).isEqualTo(
                new HistoryWords.Entry("2023-01-20 10:00", "问题已解决", "错误：表四“行政复议·总计”为 2", "s1"));
        assertThat(of("REVIEW_DISMISSED", "fp-1", "henan-gongkai: 已核实").detail())
                .isEqualTo("henan-gongkai：已核实（表四“行政复议·总计”为 2）");
    }
}
