package nianbao.report;

import java.util.regex.Pattern;

/**
 * A figure as text recognition misreads it: the letters O, o, 〇 or ○ for 0 and l or I for 1, alone or among digits
 * ({@code O}, {@code 1O}, {@code l2}). Where a value stands it is a value not known to be any number, not a label.
 */
public final class MisreadDigits {

    /** At least one misread letter; no longer than a count cell. */
    private static final Pattern MISREAD = Pattern.compile("(?=.{1,8}$)[0-9０-９Oo〇○lI]*[Oo〇○lI][0-9０-９Oo〇○lI]*");

    private MisreadDigits() {
    }

    public static boolean in(String text) {
        return text != null && MISREAD.matcher(text.strip()).matches();
    }
}
