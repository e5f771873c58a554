package nianbao.parse.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import nianbao.parse.extract.UnreadableDocumentException.Reason;

/** Decodes a plain-text report: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK. */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** A few broken bytes (a truncated last character, one damaged byte) do not make a UTF-8 file GBK. */
    private static final double UTF8_TOLERATED_REPLACEMENTS = 0.001;
    /** Real reports have almost no control, private-use or undecodable characters; decoded binary has many. */
    private static final double MAX_SUSPICIOUS_SHARE = 0.02;

    private TextDecoder() {
    }

    /** Decodes {@code content} into {@code out} line by line (CR LF and CR become line breaks). */
    static void decode(byte[] content, BoundedText out) {
        String text = toChars(content);
        rejectIfBinary(text);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') continue;
            out.line(text.substring(start, i));
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            start = i + 1;
        }
        out.line(text.substring(start));
    }

    static String toChars(byte[] content) {
        if (hasPrefix(content, 0xEF, 0xBB, 0xBF)) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (hasPrefix(content, 0xFF, 0xFE)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (hasPrefix(content, 0xFE, 0xFF)) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException malformed) {
            String lenient = new String(content, StandardCharsets.UTF_8);
            long replacements = lenient.chars().filter(c -> c == '\uFFFD').count();
            return replacements <= lenient.length() * UTF8_TOLERATED_REPLACEMENTS ? lenient : new String(content, GB18030);
        }
    }

    private static void rejectIfBinary(String text) {
        long suspicious = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // printable ASCII and CJK ideographs, nearly all of a report, are never suspicious
            if (c >= ' ' && c < '\u007F' || c >= '\u4E00' && c <= '\u9FFF') continue;
            int codePoint = text.codePointAt(i);
            if (isSuspicious(codePoint)) suspicious++;
            if (Character.isSupplementaryCodePoint(codePoint)) i++;
        }
        if (suspicious > text.length() * MAX_SUSPICIOUS_SHARE) {
            throw new UnreadableDocumentException(Reason.NOT_A_REPORT, String.format(
                    "%d of %d characters are control, private-use or undecodable: binary data, not a text report",
                    suspicious, text.length()));
        }
    }

    private static boolean isSuspicious(int c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            return false;
        }
        int type = Character.getType(c);
        return c == '\uFFFD' || type == Character.CONTROL || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }

    private static boolean hasPrefix(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
