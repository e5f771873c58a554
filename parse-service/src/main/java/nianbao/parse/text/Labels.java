package nianbao.parse.text;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label normalisation for matching (domain-spec §7): NFKC, no whitespace, ordinal separators {@code 、 . ．} unified
 * to {@code .}, quotes unified, Word/URL artefacts removed. Only labels are normalised; stored text stays as written.
 */
public final class Labels {

    private static final Pattern ARTEFACTS = Pattern.compile("\\[bookmark:[^\\]]*]|<https?://[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
    /** Leading ordinal: 一、 / (一) / 1. (after normalisation). */
    private static final Pattern ORDINAL = Pattern.compile("^(\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+\\.|\\d{1,2}\\.(?!\\d))");

    private Labels() {
    }

    public static String normalise(String label) {
        String s = ARTEFACTS.matcher(label).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = WHITESPACE.matcher(s).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '、' -> out.append('.');
                case '“', '”', '„', '‟', '"', '「', '」' -> out.append('"');
                case '‘', '’' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A normalised label split into its leading ordinal ({@code (七)}, {@code 一.}, {@code 1.}; "" if none) and content. */
    public record Parts(String ordinal, String content) {
    }

    public static Parts split(String normalised) {
        Matcher m = ORDINAL.matcher(normalised);
        if (m.find()) return new Parts(m.group(1), normalised.substring(m.end()));
        return new Parts("", normalised);
    }
}
