package nianbao.ingest.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells the document type from the bytes alone (file names and declared content types are not trusted).
 * A small sniffer rather than Apache Tika: tika-core's magic detector calls every OOXML file plain ZIP, and the
 * container detector that tells DOCX apart lives in Tika's parser modules.
 */
public final class DocumentSniffer {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** Stream names in an OLE2 directory (UTF-16LE): a Word document's text, and an encrypted OOXML package. */
    private static final byte[] WORD_DOCUMENT_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int HTML_WINDOW = 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private DocumentSniffer() {
    }

    /** The type of the content, or why it is none of the accepted ones (as a Chinese sentence for the clerk). */
    public static Sniffed sniff(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) return Sniffed.as(DocumentType.PDF);
        if (startsWith(content, ZIP_MAGIC)) {
            return isWordDocument(content)
                    ? Sniffed.as(DocumentType.DOCX)
                    : Sniffed.refused("文件是 ZIP 压缩包，但不是 Word（DOCX）文档");
        }
        if (startsWith(content, OLE2_MAGIC)) {
            if (contains(content, ENCRYPTED_PACKAGE)) return Sniffed.refused("文件设有打开密码，请取消密码后再提交");
            return contains(content, WORD_DOCUMENT_STREAM)
                    ? Sniffed.as(DocumentType.DOC)
                    : Sniffed.refused("文件是 Excel、PowerPoint 等旧版 Office 文件，不是 Word 文档");
        }
        Optional<DocumentType> text = textEncoding(content);
        if (text.isEmpty()) return Sniffed.refused("文件内容不是文本、HTML、Word 或 PDF");
        return Sniffed.as(looksLikeHtml(content) ? DocumentType.HTML : text.get());
    }

    /** The outcome of sniffing: a type, or the reason for refusal. */
    public record Sniffed(Optional<DocumentType> type, String refusal) {
        static Sniffed as(DocumentType type) {
            return new Sniffed(Optional.of(type), null);
        }

        static Sniffed refused(String reason) {
            return new Sniffed(Optional.empty(), reason);
        }
    }

    private static boolean isWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) return true;
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false; // a damaged archive is not a document the parser could read
        }
    }

    /** UTF-8 (with or without BOM) first, then GB18030, the encodings Chinese government text files come in. */
    private static Optional<DocumentType> textEncoding(byte[] content) {
        byte[] body = startsWith(content, UTF8_BOM) ? Arrays.copyOfRange(content, 3, content.length) : content;
        if (decodesAsText(body, StandardCharsets.UTF_8)) return Optional.of(DocumentType.TEXT_UTF8);
        if (decodesAsText(content, GB18030)) return Optional.of(DocumentType.TEXT_GB18030);
        return Optional.empty();
    }

    private static boolean decodesAsText(byte[] bytes, Charset charset) {
        CharSequence text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') return false;
        }
        return true;
    }

    /** Markup near the start (after a BOM, blank space or an XML declaration) makes a text document HTML. */
    private static boolean looksLikeHtml(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, HTML_WINDOW), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        String start = head.replace("\u00ef\u00bb\u00bf", "").strip();
        if (!start.startsWith("<")) return false;
        return start.startsWith("<!doctype html") || head.contains("<html") || head.contains("<body")
                || head.contains("<head");
    }

    /** Stream names sit in the compound file's directory sectors, uncompressed: a byte search finds them. */
    private static boolean contains(byte[] content, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) continue outer;
            }
            return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
