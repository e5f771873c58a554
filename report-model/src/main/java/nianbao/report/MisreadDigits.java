package nianbao.report;

/**
 * A figure as text recognition misreads it: the letters O, o, 〇 or ○ for 0 and l or I for 1, alone or among digits
 * ({@code O}, {@code 1O}, {@code l2}). Where a value stands it is a value not known to be any number, not a label.
 */
public final class MisreadDigits {

    /** No longer than a count cell. */
    private static final int LONGEST = 8;

    private MisreadDigits() {
    }

    /** Digits and at least one misread letter, nothing else, around whitespace. Scanned by hand: it runs per cell. */
    public static boolean in(String text) {
        if (text == null) return false;
        String s = text.strip();
        if (s.isEmpty() || s.length() > LONGEST) return false;
        boolean misread = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isMisreadDigit(c)) misread = true;
            else if (!isDigit(c)) return false;
        }
        return misread;
    }

    private static boolean isMisreadDigit(char c) {
        return c == 'O' || c == 'o' || c == '〇' || c == '○' || c == 'l' || c == 'I';
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }
}
