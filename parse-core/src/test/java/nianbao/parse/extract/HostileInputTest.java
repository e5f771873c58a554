package nianbao.parse.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nianbao.parse.containers.DocxWriter;
import nianbao.parse.containers.ZipEntries;
import nianbao.parse.extract.UnreadableDocumentException.Reason;
import nianbao.report.testing.CompoundFiles;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.assertj.core.util.Throwables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileInputTest {

    private final DocumentExtractor extractor = new DocumentExtractor();
    private final byte[] docx = DocxWriter.write(DocxExtractionTest.DOCUMENT);

    @Test
    void zipBombIsRefusedByTheInflateRatioCheck() {
        // 10 MB of whitespace after the root element: legal XML that deflates about 1000 to 1.
        byte[] bomb = ZipEntries.rewrite(docx, "word/document.xml", xml -> xml + " ".repeat(10 * 1024 * 1024));

        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> extractor.extract(bomb, "bomb.docx", null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB);
                    assertThat(e.getMessage()).startsWith("ZIP_BOMB: bomb.docx (DOCX): Zip bomb detected! The file would exceed"
                            + " the max. ratio of compressed file size to the size of the expanded data.");
                });
    }

    @Test
    void externalEntityInDocxIsNotResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-CONTENT-42");
        byte[] xxe = ZipEntries.rewrite(docx, "word/document.xml", xml -> xml
                .replaceFirst("\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("三、收到和处理政府信息公开申请情况", "&xxe;"));

        assertThatThrownBy(() -> extractor.extract(xxe, "xxe.docx", null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
                    assertThat(e).hasMessageContaining("DOCTYPE is disallowed");
                    assertThat(Throwables.getStackTrace(e)).doesNotContain("SECRET-CONTENT-42");
                });
    }

    @Test
    void truncatedDocxIsCorrupt() {
        assertRefused(Arrays.copyOf(docx, docx.length / 2), Reason.CORRUPT);
    }

    @Test
    void zipWithoutWordDocumentIsNotAReport() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("report.txt"));
            out.write("一、总体情况".getBytes(StandardCharsets.UTF_8));
        }

        assertRefused(zip.toByteArray(), Reason.NOT_A_REPORT);
    }

    @Test
    void passwordProtectedPdfIsEncrypted() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(pdf);
        }

        assertThatThrownBy(() -> extractor.extract(pdf.toByteArray(), "locked.pdf", "application/pdf"))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
                    assertThat(e.getMessage()).isEqualTo("ENCRYPTED: locked.pdf (PDF): PDF needs a password to open");
                });
    }

    @Test
    void pdfHeaderFollowedByJunkIsCorrupt() {
        byte[] junk = new byte[4096];
        new Random(7L).nextBytes(junk);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, junk, 0, header.length);

        assertRefused(junk, Reason.CORRUPT);
    }

    @Test
    void encryptedOfficeContainerIsEncrypted() {
        assertRefused(CompoundFiles.namingStream("EncryptedPackage"), Reason.ENCRYPTED);
    }

    @Test
    void damagedLegacyWordFileIsCorrupt() {
        assertRefused(CompoundFiles.namingStream("WordDocument"), Reason.CORRUPT);
    }

    @Test
    void legacyOfficeFileOtherThanWordIsNotAReport() {
        assertRefused(CompoundFiles.namingStream("Workbook"), Reason.NOT_A_REPORT);
    }

    @Test
    void hugeTextIsRefusedByTheCharacterLimit() {
        byte[] huge = "政".repeat(ExtractionLimits.DEFAULTS.maxChars() + 1).getBytes(StandardCharsets.UTF_8);

        assertRefused(huge, Reason.TOO_MUCH_TEXT);
    }

    @Test
    void deeplyNestedHtmlNeitherOverflowsNorLosesText() {
        String html = "<div>".repeat(50_000) + "一、总体情况" + "</div>".repeat(50_000);

        assertThat(extractor.extract(html.getBytes(StandardCharsets.UTF_8), "deep.html", null).text()).isEqualTo("一、总体情况");
    }

    @Test
    void cellsSpanningTheLargestGridAreRefusedBeforeFillingIt() {
        // 1000 cells of 1000 × 1000 in 30 KB: a billion grid positions
        String html = "<table><tr>" + "<td colspan=1000 rowspan=1000>政</td>".repeat(1000) + "</tr>"
                + "<tr><td>一</td></tr>".repeat(999) + "</table>";

        assertRefused(html.getBytes(StandardCharsets.UTF_8), Reason.TOO_MUCH_TEXT);
    }

    @Test
    void extractionOverItsTimeBudgetIsAbandoned() {
        DocumentExtractor impatient = new DocumentExtractor(new ExtractionLimits(1_000_000, 1_000_000, Duration.ofNanos(1)));

        assertThatThrownBy(() -> impatient.extract(docx, "slow.docx", null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TIMED_OUT);
                    assertThat(e.getMessage()).isEqualTo("TIMED_OUT: slow.docx (DOCX): 未能在 0.000000001 秒内读完，"
                            + "文件内容过于复杂或已损坏 / not read within 0.000000001 s: the content is too complex or damaged");
                });
    }

    private void assertRefused(byte[] content, Reason reason) {
        assertThatThrownBy(() -> extractor.extract(content, "hostile", null))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
