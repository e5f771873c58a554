package nianbao.parse.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import nianbao.parse.text.Whitespace;

/**
 * A number with its unit in a line of prose (`16件`, `0件次`, `一件`, `1,725条`, `１６件`, `3940元`), 0-based [start, end).
 * Approximate counts (`100余条`, `60多条`, `约50件`) are kept, flagged, so that no fact is built on them. A number whose
 * digits a single space (`1 6件`) or a joined line break separates is read whole but not {@code certain}: PDF
 * extraction splits one figure so, yet two figures could stand so too, and typesetting keeps a figure's digits together.
 */
record Count(BigDecimal value, String unit, boolean approximate, boolean certain, int start, int end) {

    private static final List<String> TWO_CHAR_UNITS = List.of("件次", "人次", "万元");
    private static final String ONE_CHAR_UNITS = "件条个起宗份次篇项元";
    private static final List<String> APPROXIMATE_BEFORE = List.of("约", "近", "逾", "超过");
    private static final String APPROXIMATE_AFTER = "余多";

    /**
     * Scans by hand rather than by regex: this runs over every prose line of every report. {@code breakBefore} tells
     * where a joined line break stands (before the character at an index).
     */
    static List<Count> in(String text, IntPredicate breakBefore) {
        List<Count> counts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean arabic = Numerals.isArabicDigit(c);
            if (!arabic && !isChineseNumeral(c)) {
                i++;
                continue;
            }
            int numberStart = i;
            int numberEnd = arabic ? arabicEnd(text, numberStart) : chineseEnd(text, numberStart);
            i = numberEnd;
            // 第一件, 每一件 are ordinals or distributives, not counts
            if (numberStart > 0 && "第每".indexOf(text.charAt(numberStart - 1)) >= 0) continue;
            int at = skipSpaces(text, numberEnd);
            boolean approximate = at < text.length() && APPROXIMATE_AFTER.indexOf(text.charAt(at)) >= 0;
            if (approximate) at = skipSpaces(text, at + 1);
            String unit = unitAt(text, at);
            if (unit == null) continue;
            int start = numberStart;
            for (String word : APPROXIMATE_BEFORE) {
                if (text.startsWith(word, numberStart - word.length())) {
                    approximate = true;
                    start = numberStart - word.length();
                }
            }
            String written = text.substring(numberStart, numberEnd);
            boolean split = hasWhitespace(written) || brokenBetween(numberStart, numberEnd, breakBefore);
            counts.add(new Count(Numerals.parse(written), unit, approximate, !split, start, at + unit.length()));
            i = at + unit.length();
        }
        return counts;
    }

    boolean isMoney() {
        return unit.endsWith("元");
    }

    /** The amount in 元 of a money count, without trailing decimal zeros (0.12万元 = 1200元, 0.00元 = 0元). */
    BigDecimal yuan() {
        BigDecimal yuan = (unit.equals("万元") ? value.multiply(BigDecimal.valueOf(10_000)) : value).stripTrailingZeros();
        return yuan.scale() < 0 ? yuan.setScale(0) : yuan;
    }

    private static boolean hasWhitespace(String number) {
        for (int i = 0; i < number.length(); i++) {
            if (Whitespace.is(number.charAt(i))) return true;
        }
        return false;
    }

    private static boolean brokenBetween(int from, int to, IntPredicate breakBefore) {
        for (int i = from + 1; i < to; i++) {
            if (breakBefore.test(i)) return true;
        }
        return false;
    }

    /**
     * Digits (a single space between two of them included, see the class comment), then thousands groups (1,725) after
     * a run of at most three digits, then a decimal part.
     */
    private static int arabicEnd(String text, int start) {
        int i = digitsEnd(text, start);
        while (i + 1 < text.length() && Whitespace.is(text.charAt(i)) && Numerals.isArabicDigit(text.charAt(i + 1))) {
            i = digitsEnd(text, i + 1);
        }
        if (i - start <= 3) {
            while (i < text.length() && text.charAt(i) == ',' && digitsEnd(text, i + 1) == i + 4) i += 4;
        }
        if (i + 1 < text.length() && text.charAt(i) == '.' && Numerals.isArabicDigit(text.charAt(i + 1))) i = digitsEnd(text, i + 1);
        return i;
    }

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Numerals.isArabicDigit(text.charAt(i))) i++;
        return i;
    }

    private static int chineseEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isChineseNumeral(text.charAt(i))) i++;
        return i;
    }

    /** {@link Numerals#CHINESE_DIGITS} and the units 十百千, by bit: this is asked of every character of the prose. */
    private static final BitSet CHINESE_NUMERALS = new BitSet(Character.MAX_VALUE + 1);

    static {
        (Numerals.CHINESE_DIGITS + "十百千").chars().forEach(CHINESE_NUMERALS::set);
    }

    private static boolean isChineseNumeral(char c) {
        return CHINESE_NUMERALS.get(c);
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i;
    }

    private static String unitAt(String text, int at) {
        for (String unit : TWO_CHAR_UNITS) {
            if (text.startsWith(unit, at)) return unit;
        }
        return at < text.length() && ONE_CHAR_UNITS.indexOf(text.charAt(at)) >= 0 ? String.valueOf(text.charAt(at)) : null;
    }
}
