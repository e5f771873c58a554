package nianbao.parse.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with its unit in a line of prose (`16件`, `0件次`, `一件`, `1,725条`, `3940元`), 0-based [start, end).
 * Approximate counts (`100余条`, `60多条`, `约50件`) are kept, flagged, so that no fact is built on them.
 */
record Count(BigDecimal value, String unit, boolean approximate, int start, int end, int numberEnd) {

    static final String UNITS = "件次|人次|万元|件|条|个|起|宗|份|次|篇|项|元";

    private static final Pattern COUNT = Pattern.compile(
            "(?<before>约|近|逾|超过)?"
                    + "(?<![第每\\d" + Numerals.CHINESE_DIGITS + "十百千])"
                    + "(?<number>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|[" + Numerals.CHINESE_DIGITS + "十百千]+)"
                    + "\\s*(?<after>余|多)?\\s*(?<unit>" + UNITS + ")");

    static List<Count> in(String text) {
        List<Count> counts = new ArrayList<>();
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            BigDecimal value;
            try {
                value = Numerals.parse(m.group("number"));
            } catch (NumberFormatException e) {
                continue; // a run like 十十 is no number
            }
            boolean approximate = m.group("before") != null || m.group("after") != null;
            counts.add(new Count(value, m.group("unit"), approximate, m.start(), m.end(), m.end("number")));
        }
        return counts;
    }

    boolean isMoney() {
        return unit.endsWith("元");
    }

    /** The amount in 元 of a money count, without trailing decimal zeros (0.12万元 = 1200元). */
    BigDecimal yuan() {
        BigDecimal yuan = unit.equals("万元") ? value.multiply(BigDecimal.valueOf(10_000)).stripTrailingZeros() : value;
        return yuan.scale() < 0 ? yuan.setScale(0) : yuan;
    }
}
