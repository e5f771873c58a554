package nianbao.parse.narrative;

import java.math.BigDecimal;
import nianbao.parse.text.Whitespace;

/**
 * Numbers as written in reports: Arabic (half- or full-width, with thousands separators, spaces between digits
 * ignored) or Chinese numerals such as 一, 十二, 二十九, 一百零五.
 */
final class Numerals {

    static final String CHINESE_DIGITS = "零〇一二两三四五六七八九";

    private Numerals() {
    }

    static BigDecimal parse(String written) {
        if (isArabicDigit(written.charAt(0))) return new BigDecimal(halfWidth(written));
        return BigDecimal.valueOf(parseChinese(written));
    }

    /** 0–9, half- or full-width (０–９, as some PDF and web texts write them). */
    static boolean isArabicDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** The digits and decimal point, half-width: thousands separators and spaces left out. */
    private static String halfWidth(String written) {
        StringBuilder s = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == ',' || Whitespace.is(c)) continue;
            s.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return s.toString();
    }

    /** Chinese numerals below 10 000; a string of bare digits (二〇二四) reads digit by digit. */
    static long parseChinese(String written) {
        boolean positional = written.chars().allMatch(c -> CHINESE_DIGITS.indexOf(c) >= 0);
        if (positional) {
            long value = 0;
            for (char c : written.toCharArray()) value = value * 10 + digit(c);
            return value;
        }
        long total = 0;
        long pending = 0;
        for (char c : written.toCharArray()) {
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> 0;
            };
            if (unit == 0) {
                pending = digit(c);
            } else {
                total += (pending == 0 ? 1 : pending) * unit; // 十二 = 12: a bare 十 means 一十
                pending = 0;
            }
        }
        return total + pending;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇' -> 0;
            case '两' -> 2;
            default -> {
                int i = "零一二三四五六七八九".indexOf(c);
                if (i < 0) throw new NumberFormatException("not a Chinese digit: " + c);
                yield i;
            }
        };
    }
}
