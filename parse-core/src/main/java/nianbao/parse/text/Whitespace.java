package nianbao.parse.text;

/**
 * Whitespace as the parser understands it: Java whitespace plus every Unicode space separator (no-break and
 * ideographic spaces included). Decided by ranges, not by {@link Character}'s tables: this runs for every character
 * of every report, and almost all of them are printable ASCII or CJK.
 */
public final class Whitespace {

    private Whitespace() {
    }

    /** Same answer as {@code Character.isWhitespace(c) || Character.isSpaceChar(c)}. */
    public static boolean is(char c) {
        if (c <= ' ') return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        if (c < '\u00A0' || c > '\u3000') return false;
        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** The index of the first character of {@code text} that is not whitespace ({@code text.length()}: none). */
    public static int leading(String text) {
        int i = 0;
        while (i < text.length() && is(text.charAt(i))) i++;
        return i;
    }

    /** The index just past the last character of {@code text} that is not whitespace (0: none). */
    public static int trimmedEnd(String text) {
        int end = text.length();
        while (end > 0 && is(text.charAt(end - 1))) end--;
        return end;
    }
}
