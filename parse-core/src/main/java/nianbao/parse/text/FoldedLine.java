package nianbao.parse.text;

/**
 * A line folded for searching labels inside running text: whitespace removed, full-width ASCII forms turned into
 * ASCII and the ordinal separators {@code 、 ．} into {@code .} (as {@link Labels#normalise} does for whole labels),
 * each remaining character remembering where it stood in the line.
 */
public final class FoldedLine {

    private final String text;
    private final int[] sourceIndex;
    private final int sourceLength;

    public FoldedLine(String line) {
        char[] folded = new char[line.length()];
        int[] index = new int[line.length()];
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Whitespace.is(c)) continue;
            index[n] = i;
            folded[n++] = fold(c);
        }
        this.text = new String(folded, 0, n);
        this.sourceIndex = index;
        this.sourceLength = line.length();
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
        return c == '、' ? '.' : c;
    }

    public String text() {
        return text;
    }

    /** The 0-based index in the line of the folded character at {@code foldedIndex} (the line's length past the end). */
    public int sourceIndex(int foldedIndex) {
        return foldedIndex < text.length() ? sourceIndex[foldedIndex] : sourceLength;
    }
}
