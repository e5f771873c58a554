package nianbao.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nianbao.report.testing.SampleReports;
import nianbao.report.testing.CompoundFiles;
import org.junit.jupiter.api.Test;

class DocumentSnifferTest {

    private static final String SAMPLE = "longting-gov-office-2022.txt";

    private static Optional<DocumentType> typeOf(byte[] content) {
        return DocumentSniffer.sniff(content).type();
    }


    @Test
    void aSampleReportIsUtf8Text() {
        assertThat(typeOf(SampleReports.bytes(SAMPLE))).contains(DocumentType.TEXT_UTF8);
    }

    @Test
    void aByteOrderMarkDoesNotHideUtf8() {
        byte[] text = "\uFEFF一、总体情况\n".getBytes(StandardCharsets.UTF_8);
        assertThat(typeOf(text)).contains(DocumentType.TEXT_UTF8);
    }

    @Test
    void theSampleReEncodedAsGb18030IsGb18030Text() {
        String text = new String(SampleReports.bytes(SAMPLE), StandardCharsets.UTF_8);
        assertThat(typeOf(text.getBytes(Charset.forName("GB18030")))).contains(DocumentType.TEXT_GB18030);
    }

    @Test
    void theSampleWrappedInMarkupIsHtml() {
        String text = new String(SampleReports.bytes(SAMPLE), StandardCharsets.UTF_8);
        byte[] html = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body><pre>" + text
                + "</pre></body></html>").getBytes(StandardCharsets.UTF_8);
        assertThat(typeOf(html)).contains(DocumentType.HTML);
    }

    @Test
    void aFragmentStartingWithBodyIsHtml() {
        assertThat(typeOf("  <body><p>报告</p></body>".getBytes(StandardCharsets.UTF_8))).contains(DocumentType.HTML);
    }

    @Test
    void textThatMentionsATagLaterIsStillText() {
        assertThat(typeOf("说明：网页版本见 <html> 标签\n".getBytes(StandardCharsets.UTF_8)))
                .contains(DocumentType.TEXT_UTF8);
    }

    @Test
    void pdfByMagicBytes() {
        assertThat(typeOf(Documents.pdf())).contains(DocumentType.PDF);
    }

    @Test
    void docxIsAZipWithAWordDocumentPart() {
        assertThat(typeOf(Documents.docx())).contains(DocumentType.DOCX);
    }

    @Test
    void anOtherZipIsRefusedSayingSo() {
        DocumentSniffer.Sniffed sniffed = DocumentSniffer.sniff(Documents.zip("report.txt", "一、总体情况"));
        assertThat(sniffed.type()).isEmpty();
        assertThat(sniffed.refusal()).isEqualTo("文件是 ZIP 压缩包，但不是 Word（DOCX）文档");
    }

    @Test
    void aLegacyWordFileIsDoc() {
        assertThat(typeOf(CompoundFiles.namingStream("WordDocument"))).contains(DocumentType.DOC);
    }

    @Test
    void anOtherLegacyOfficeFileIsRefusedSayingSo() {
        DocumentSniffer.Sniffed sniffed = DocumentSniffer.sniff(CompoundFiles.namingStream("Workbook"));
        assertThat(sniffed.type()).isEmpty();
        assertThat(sniffed.refusal()).isEqualTo("文件是 Excel、PowerPoint 等旧版 Office 文件，不是 Word 文档");
    }

    @Test
    void aPasswordProtectedOfficeFileIsRefusedWithAdvice() {
        assertThat(DocumentSniffer.sniff(CompoundFiles.namingStream("EncryptedPackage")).refusal()).isEqualTo("文件设有打开密码，请取消密码后再提交");
    }

    @Test
    void aPngImageIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        DocumentSniffer.Sniffed sniffed = DocumentSniffer.sniff(png);
        assertThat(sniffed.type()).isEmpty();
        assertThat(sniffed.refusal()).isEqualTo("文件内容不是文本、HTML、Word 或 PDF");
    }

    @Test
    void textWithControlBytesIsNotText() {
        assertThat(typeOf("报告\u0000\u0001正文".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
