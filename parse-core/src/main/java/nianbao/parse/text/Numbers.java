package nianbao.parse.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;

/** What a table cell's text says: a number (counts, signed V2019 changes, money with an optional 元), a blank, or text. */
public final class Numbers {

    /** Blank markers of domain-spec conventions: empty, {@code -}, {@code /}, dashes, {@code &nbsp;}. */
    private static final Set<String> BLANK = Set.of("", "-", "/", "—", "——", "–", "－", "／", "&nbsp;", "\u00A0");
    /** Longer text (most cells are labels or prose) is not hashed for the lookup. */
    private static final int LONGEST_BLANK = "&nbsp;".length();

    /** A digit as reports type it, half- or full-width, for regular expressions ({@code \\d} is ASCII only). */
    public static final String DIGIT = "[0-9０-９]";

    /** A parsed number; {@code yuan} when the text carried the 元 suffix (money that is not in 万元). */
    public record Reading(BigDecimal value, boolean yuan) {
    }

    private Numbers() {
    }

    public static boolean isBlank(String cell) {
        String s = cell.strip();
        return s.length() <= LONGEST_BLANK && BLANK.contains(s);
    }

    /** The number the cell holds, or null when it is not a number. Full-width digits and signs are accepted. */
    public static Reading read(String cell) {
        String s = numeric(cell);
        if (s == null) return null;
        if (COUNT_UNITS.indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1);
        boolean wanyuan = s.endsWith(WANYUAN);
        boolean yuan = !wanyuan && s.endsWith("元");
        if (s.indexOf(',') >= 0) s = s.replace(",", "");
        boolean signed = isSign(s.charAt(0));
        boolean negative = signed && s.charAt(0) != '+';
        int digitsFrom = signed ? 1 : 0;
        int end = s.length() - (wanyuan ? WANYUAN.length() : yuan ? 1 : 0);
        BigDecimal v = s.indexOf('.') < 0 && end - digitsFrom <= MAX_LONG_DIGITS
                ? BigDecimal.valueOf(Long.parseLong(s, digitsFrom, end, 10))
                : new BigDecimal(s.substring(digitsFrom, end));
        return new Reading(negative ? v.negate() : v, yuan);
    }

    /**
     * Whether two cells say the same thing however written: both blank ({@code -} and {@code /} alike), or the same
     * number ({@code 0} and {@code ０}, {@code 3} and {@code 3件}).
     */
    public static boolean sameReading(String a, String b) {
        if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
        Reading x = read(a);
        Reading y = read(b);
        return x == null || y == null ? a.strip().equals(b.strip())
                : x.yuan() == y.yuan() && x.value().compareTo(y.value()) == 0;
    }

    /** The ASCII digit for a half- or full-width digit (Word and OCR type ０-９), or 0 when {@code c} is neither. */
    public static char asciiDigit(char c) {
        if (c >= '0' && c <= '9') return c;
        return c >= '０' && c <= '９' ? (char) (c - '０' + '0') : 0;
    }

    /** One of the units a count is written with (件, 个, 项, 条, 次, 起, 宗). */
    public static boolean isCountUnit(char c) {
        return COUNT_UNITS.indexOf(c) >= 0;
    }

    public static boolean isNumber(String cell) {
        return numeric(cell) != null;
    }

    /**
     * The cell stripped (and NFKC-normalised if needed) when it reads {@code [+-]digits[.digits][万元|元|件…]}, the
     * integer part possibly grouped by thousands ({@code 1,234,567}: city-level decision counts), else null.
     * Scanned by hand: this runs for every cell of every report.
     */
    private static String numeric(String cell) {
        String s = cell.strip();
        if (s.isEmpty() || !maybeNumber(s.charAt(0))) return null;
        if (Labels.needsNfkc(s)) s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        int i = isSign(s.charAt(0)) ? 1 : 0;
        int end = s.endsWith(WANYUAN) ? s.length() - WANYUAN.length() : s.endsWith("元") ? s.length() - 1
                : COUNT_UNITS.indexOf(s.charAt(s.length() - 1)) >= 0 ? s.length() - 1 : s.length();
        int digitsFrom = i;
        while (i < end && isDigit(s.charAt(i))) i++;
        if (i == digitsFrom) return null;
        // thousands groups: 1 to 3 digits, then ",ddd" groups only
        if (i < end && s.charAt(i) == ',' && i - digitsFrom <= 3) {
            while (i + 3 < end && s.charAt(i) == ',' && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
                    && isDigit(s.charAt(i + 3)) && (i + 4 == end || !isDigit(s.charAt(i + 4)))) {
                i += 4;
            }
            if (i < end && s.charAt(i) == ',') return null;
        }
        if (i < end && s.charAt(i) == '.') {
            int fractionFrom = ++i;
            while (i < end && isDigit(s.charAt(i))) i++;
            if (i == fractionFrom) return null;
        }
        return i == end ? s : null;
    }

    private static final String WANYUAN = "万元";
    /** A count's unit written into its cell (3件): the number is what the form asks for. */
    private static final String COUNT_UNITS = "件个项条次起宗";

    private static boolean isSign(char c) {
        return c == '+' || c == '-' || c == '−';
    }

    /** Integers this long fit a long: read without BigDecimal's string parser (the same value, scale 0). */
    private static final int MAX_LONG_DIGITS = 18;

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Cheap first-character test: digits, signs, full-width digits and signs. */
    private static boolean maybeNumber(char c) {
        return (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '−' || c == '－' || c == '＋' || (c >= '０' && c <= '９');
    }
}
