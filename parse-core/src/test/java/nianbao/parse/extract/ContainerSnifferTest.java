package nianbao.parse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import nianbao.parse.containers.DocxWriter;
import nianbao.report.ContainerType;
import org.junit.jupiter.api.Test;

class ContainerSnifferTest {

    @Test
    void pdfHeaderIsFoundAfterLeadingBytes() {
        byte[] content = (" ".repeat(600) + "%PDF-1.4\n").getBytes(StandardCharsets.US_ASCII);

        assertThat(ContainerSniffer.sniff(content)).isEqualTo(ContainerType.PDF);
    }

    @Test
    void pdfHeaderAfterTheFirstKilobyteIsNotAPdf() {
        byte[] content = (" ".repeat(1024) + "%PDF-1.4\n").getBytes(StandardCharsets.US_ASCII);

        assertThat(ContainerSniffer.sniff(content)).isEqualTo(ContainerType.TEXT);
    }

    @Test
    void wordDocumentInsideAZipIsDocx() {
        assertThat(ContainerSniffer.sniff(DocxWriter.write(DocxExtractionTest.DOCUMENT))).isEqualTo(ContainerType.DOCX);
    }

    @Test
    void tagsAreFoundInGbkAndUppercaseMarkup() {
        byte[] content = "<HTML><BODY><P>一、总体情况</P></BODY></HTML>".getBytes(Charset.forName("GBK"));

        assertThat(ContainerSniffer.sniff(content)).isEqualTo(ContainerType.HTML);
    }

    @Test
    void angleBracketsInReportTextAreNotMarkup() {
        byte[] content = "按照《关于<印发政府信息公开信息处理费管理办法>的通知》执行".getBytes(StandardCharsets.UTF_8);

        assertThat(ContainerSniffer.sniff(content)).isEqualTo(ContainerType.TEXT);
    }
}
