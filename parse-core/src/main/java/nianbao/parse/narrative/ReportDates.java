package nianbao.parse.narrative;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.parse.text.Numbers;

/**
 * Dates as written in reports: 2024年1月29日, 二〇二四年一月二十九日, 2024-01-29, 2024.1.29, 2024/1/29, with half- or
 * full-width digits.
 */
final class ReportDates {

    private static final String CN = "[" + Numerals.CHINESE_DIGITS + "十]";
    private static final String DIGIT = Numbers.DIGIT;
    private static final String MONTH_DAY = "(?<m>" + DIGIT + "{1,2}|" + CN + "{1,2})\\s*月\\s*(?<d>" + DIGIT + "{1,2}|" + CN + "{1,3})\\s*日";
    private static final String DATE = "(?:(?<y>" + DIGIT + "{4}|" + CN + "{4})\\s*年\\s*" + MONTH_DAY
            + "|(?<iy>" + DIGIT + "{4})[-./](?<im>" + DIGIT + "{1,2})[-./](?<id>" + DIGIT + "{1,2})(?!" + DIGIT + "))";
    private static final Pattern ONE_DATE = Pattern.compile(DATE);
    /** A day of the year already named (…至12月31日): 月 and 日 without a year, at the start of the text. */
    private static final Pattern YEARLESS = Pattern.compile("^" + MONTH_DAY);

    private ReportDates() {
    }

    /** A date found in text, 0-based [start, end). */
    record Found(LocalDate date, int start, int end) {
    }

    static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = ONE_DATE.matcher(text);
        while (m.find()) {
            LocalDate date = parse(m);
            if (date != null) found.add(new Found(date, m.start(), m.end()));
        }
        return found;
    }

    /** The date that {@code text} starts with, 月 and 日 only, in {@code year}; null when there is none. */
    static Found yearlessAt(String text, int year) {
        Matcher m = YEARLESS.matcher(text);
        if (!m.find()) return null;
        try {
            return new Found(LocalDate.of(year, number(m.group("m")), number(m.group("d"))), m.start(), m.end());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date of a match of {@link #DATE}, or null when it names no real day (2月30日). */
    private static LocalDate parse(Matcher m) {
        boolean chinese = m.group("y") != null;
        try {
            return LocalDate.of(
                    number(chinese ? m.group("y") : m.group("iy")),
                    number(chinese ? m.group("m") : m.group("im")),
                    number(chinese ? m.group("d") : m.group("id")));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(String written) {
        return Numerals.parse(written).intValueExact();
    }
}
