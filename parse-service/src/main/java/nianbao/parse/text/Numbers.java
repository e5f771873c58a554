package nianbao.parse.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a table cell's text says: a number (counts, signed V2019 changes, money with an optional 元), a blank, or text. */
public final class Numbers {

    /** Blank markers of domain-spec conventions: empty, {@code -}, {@code /}, dashes, {@code &nbsp;}. */
    private static final Pattern BLANK = Pattern.compile("^(|-|/|—|——|–|－|／|&nbsp;|\\u00A0)$");
    private static final Pattern NUMBER = Pattern.compile("^([+\\-])?(\\d+(?:\\.\\d+)?)(元)?$");

    /** A parsed number; {@code yuan} when the text carried the 元 suffix (money that is not in 万元). */
    public record Reading(BigDecimal value, boolean yuan) {
    }

    private Numbers() {
    }

    public static boolean isBlank(String cell) {
        return BLANK.matcher(cell.strip()).matches();
    }

    /** The number the cell holds, or null when it is not a number. Full-width digits and signs are accepted. */
    public static Reading read(String cell) {
        String s = Normalizer.normalize(cell.strip(), Normalizer.Form.NFKC).replace('−', '-');
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) return null;
        BigDecimal v = new BigDecimal(m.group(2));
        if ("-".equals(m.group(1))) v = v.negate();
        return new Reading(v, m.group(3) != null);
    }

    public static boolean isNumber(String cell) {
        return read(cell) != null;
    }

    /** A value-like cell: a number or a blank marker (an empty cell is value-like only where the layout says so). */
    public static boolean isValueLike(String cell) {
        return !cell.isBlank() && (isNumber(cell) || isBlank(cell));
    }
}
