package nianbao.parse.extract;

import java.util.regex.Pattern;

/** Whitespace normalisation shared by the grid containers. */
final class CellText {

    /** Line breaks, tabs, NBSP, ideographic and other Unicode spaces. */
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern SPACE_RUN = Pattern.compile("[ \\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\uFEFF\\u00AD]");

    private CellText() {
    }

    /**
     * One cell or paragraph on one line: every whitespace run (including {@code <br>} and paragraph breaks inside a
     * cell) becomes a single space, so a label split over lines still matches once whitespace is removed;
     * a cell holding only {@code &nbsp;} becomes the empty string.
     */
    static String oneLine(String raw) {
        return WHITESPACE_RUN.matcher(INVISIBLE.matcher(raw).replaceAll("")).replaceAll(" ").strip();
    }

    /** Like {@link #oneLine} but keeps TABs, which authors use to line up pseudo-table columns in paragraphs. */
    static String keepingTabs(String raw) {
        String spaced = SPACE_RUN.matcher(INVISIBLE.matcher(raw).replaceAll("")).replaceAll(" ");
        return spaced.replaceAll(" ?\t ?", "\t").strip();
    }
}
