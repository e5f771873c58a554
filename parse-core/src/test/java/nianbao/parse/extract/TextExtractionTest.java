package nianbao.parse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import nianbao.parse.extract.UnreadableDocumentException.Reason;
import nianbao.report.ContainerType;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;

class TextExtractionTest {

    private final DocumentExtractor extractor = new DocumentExtractor();

    @Test
    void utf8WithoutBomKeepsTabsAndNormalisesLineEnds() {
        byte[] content = "一、总体情况\r\n规章\t0\t0\t0\r旧行\n".getBytes(StandardCharsets.UTF_8);

        ExtractedText extracted = extractor.extract(content, "r.txt", "text/plain");

        assertThat(extracted).isEqualTo(new ExtractedText(ContainerType.TEXT, "一、总体情况\n规章\t0\t0\t0\n旧行\n", null));
    }

    @Test
    void utf8BomIsDropped() {
        byte[] text = "锦屏街道2022年政府信息公开年度报告".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[text.length + 3];
        content[0] = (byte) 0xEF;
        content[1] = (byte) 0xBB;
        content[2] = (byte) 0xBF;
        System.arraycopy(text, 0, content, 3, text.length);

        assertThat(extractor.extract(content, "r.txt", null).text()).isEqualTo("锦屏街道2022年政府信息公开年度报告");
    }

    @Test
    void gbkSampleDecodesToTheSameTextAsItsUtf8Original() {
        String original = SampleReports.text(SampleReports.LONGTING);

        ExtractedText extracted = extractor.extract(original.getBytes(Charset.forName("GBK")), "r.txt", "text/plain");

        assertThat(extracted.container()).isEqualTo(ContainerType.TEXT);
        assertThat(extracted.text()).isEqualTo(original);
    }

    @Test
    void gb18030FourByteCharactersDecode() {
        String text = "𠀀字（扩展B）本年新收政府信息公开申请数量";

        assertThat(extractor.extract(text.getBytes(Charset.forName("GB18030")), "r.txt", null).text()).isEqualTo(text);
    }

    @Test
    void utf16WithBomDecodes() {
        byte[] text = "政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_16LE);
        byte[] content = new byte[text.length + 2];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xFE;
        System.arraycopy(text, 0, content, 2, text.length);

        assertThat(extractor.extract(content, "r.txt", null).text()).isEqualTo("政府信息公开工作年度报告");
    }

    @Test
    void utf8CutInsideItsLastCharacterStaysUtf8() {
        String original = SampleReports.text(SampleReports.LONGTING) + "报告";
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);

        String text = extractor.extract(Arrays.copyOf(bytes, bytes.length - 1), "r.txt", null).text();

        assertThat(text).isEqualTo(SampleReports.text(SampleReports.LONGTING) + "报\uFFFD");
    }

    @Test
    void oneDamagedByteInUtf8IsReplacedNotReadAsGbk() {
        String original = SampleReports.text(SampleReports.LONGTING);
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        int damaged = original.substring(0, original.indexOf("总体情况")).getBytes(StandardCharsets.UTF_8).length;
        bytes[damaged] = (byte) 0xFF;

        String text = extractor.extract(bytes, "r.txt", null).text();

        // 总 is 3 bytes: the broken lead byte and each orphaned continuation byte become one replacement each.
        assertThat(text).isEqualTo(original.replaceFirst("总体情况", "\uFFFD\uFFFD\uFFFD体情况"));
    }

    @Test
    void randomBinaryIsNotAReport() {
        byte[] junk = new byte[8192];
        new Random(20221231L).nextBytes(junk);

        assertThatThrownBy(() -> extractor.extract(junk, "report.txt", "text/plain"))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_REPORT));
    }

    @Test
    void zeroBytesAreEmpty() {
        assertThatThrownBy(() -> extractor.extract(new byte[0], "r.txt", null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void whitespaceOnlyTextIsEmpty() {
        assertThatThrownBy(() -> extractor.extract(" \n\t\r\n".getBytes(StandardCharsets.UTF_8), "r.txt", null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void documentOverTheByteLimitIsRefusedBeforeReading() {
        DocumentExtractor small = new DocumentExtractor(new ExtractionLimits(1024, 1_000_000, Duration.ofSeconds(5)));
        byte[] content = SampleReports.bytes(SampleReports.LONGTING);

        assertThatThrownBy(() -> small.extract(content, "r.txt", null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo("TOO_LARGE: r.txt has " + content.length + " bytes, limit 1024");
                });
    }

    @Test
    void textOverTheCharacterLimitIsRefused() {
        DocumentExtractor small = new DocumentExtractor(new ExtractionLimits(1_000_000, 1000, Duration.ofSeconds(5)));

        assertThatThrownBy(() -> small.extract(SampleReports.bytes(SampleReports.LONGTING), "r.txt", null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MUCH_TEXT));
    }
}
