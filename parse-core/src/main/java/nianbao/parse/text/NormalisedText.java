package nianbao.parse.text;

import java.util.List;

/**
 * The text every span points into: BOM and other invisible characters stripped, CRLF/CR turned into LF, characters
 * otherwise kept as written (label normalisation happens only when matching, see {@link Labels}).
 *
 * @param lines line i (1-based) at index i-1
 */
public record NormalisedText(String text, List<String> lines) {

    /**
     * Characters that print nothing (zero-width space and joiners, word joiner, BOM, soft hyphen): web pages and Word
     * scatter them through a text, and one before a figure ({@code \u200B4}) made the cell a label and shifted its row.
     */
    private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";

    public NormalisedText {
        lines = List.copyOf(lines);
    }

    public static NormalisedText of(String raw) {
        String text = withoutInvisible(raw).replace("\r\n", "\n").replace('\r', '\n');
        return new NormalisedText(text, List.of(text.split("\n", -1)));
    }

    private static String withoutInvisible(String raw) {
        if (!hasInvisible(raw)) return raw;
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean invisible = INVISIBLE.indexOf(c) >= 0;
            if (invisible && out == null) out = new StringBuilder(raw.length()).append(raw, 0, i);
            if (!invisible && out != null) out.append(c);
        }
        return out == null ? raw : out.toString();
    }

    /** Searched for one by one: String.indexOf is far faster than a test per character, and most texts have none. */
    private static boolean hasInvisible(String raw) {
        for (int i = 0; i < INVISIBLE.length(); i++) {
            if (raw.indexOf(INVISIBLE.charAt(i)) >= 0) return true;
        }
        return false;
    }
}
