package nianbao.parse.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import nianbao.parse.extract.UnreadableDocumentException.Reason;
import nianbao.report.ContainerType;

/** Recognises the container from the bytes themselves; file names and declared types are often wrong. */
final class ContainerSniffer {

    /** PDF readers accept the header anywhere in the first 1024 bytes. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final int HTML_SNIFF_WINDOW = 4096;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Zip entry names are stored uncompressed, so the DOCX main part can be found without inflating anything. */
    private static final byte[] DOCX_MAIN_PART = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** Stream name (UTF-16LE in the OLE2 directory) of an encrypted OOXML package. */
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    /** Stream name of a legacy Word document's text and formatting (Excel and PowerPoint files have none). */
    private static final byte[] WORD_DOCUMENT_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] TAG_OPEN = {'<'};
    private static final Pattern HTML_MARKER =
            Pattern.compile("<(!doctype\\s+html|html|head|body|meta|table|div|p|br)[\\s/>]");

    private ContainerSniffer() {
    }

    static ContainerType sniff(byte[] content) {
        if (indexOf(content, PDF_MAGIC, Math.min(content.length, PDF_HEADER_WINDOW)) >= 0) {
            return ContainerType.PDF;
        }
        if (startsWith(content, OLE2_MAGIC)) {
            return indexOf(content, ENCRYPTED_PACKAGE, content.length) < 0
                    && indexOf(content, WORD_DOCUMENT_STREAM, content.length) >= 0 ? ContainerType.DOC : ContainerType.UNKNOWN;
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return indexOf(content, DOCX_MAIN_PART, content.length) >= 0 ? ContainerType.DOCX : ContainerType.UNKNOWN;
        }
        int sniffed = Math.min(content.length, HTML_SNIFF_WINDOW);
        if (indexOf(content, TAG_OPEN, sniffed) < 0) {
            return ContainerType.TEXT;
        }
        // Both UTF-8 and GBK keep ASCII bytes as they are, so an ASCII view of the head finds the tags in either.
        String head = new String(content, 0, sniffed, StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return HTML_MARKER.matcher(head).find() ? ContainerType.HTML : ContainerType.TEXT;
    }

    /** Why content sniffed as {@link ContainerType#UNKNOWN} cannot be read. */
    static UnreadableDocumentException unsupported(byte[] content) {
        if (startsWith(content, OLE2_MAGIC)) {
            return indexOf(content, ENCRYPTED_PACKAGE, content.length) >= 0
                    ? new UnreadableDocumentException(Reason.ENCRYPTED, "password-protected Office document")
                    : new UnreadableDocumentException(Reason.NOT_A_REPORT, "OLE2 Office file that is not a Word document (.xls/.ppt?)");
        }
        return new UnreadableDocumentException(Reason.NOT_A_REPORT, "zip archive without word/document.xml: not a DOCX");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** First index of {@code needle} starting before {@code end}, or -1. */
    private static int indexOf(byte[] content, byte[] needle, int end) {
        int last = Math.min(end, content.length - needle.length + 1);
        outer:
        for (int i = 0; i < last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
