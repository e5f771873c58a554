package nianbao.parse.sections;

import java.util.Arrays;
import java.util.List;
import nianbao.parse.text.Whitespace;
import nianbao.report.SourceSpan;

/**
 * The whole text with all whitespace removed and lines joined by '\n', remembering where each remaining character
 * stood, so that document-wide label searches run once over one string and still yield exact spans.
 */
public final class CompactText {

    private final String text;
    /** Compact offset at which each line starts. */
    private final int[] lineStart;
    /** 0-based column in its line of each compact character ('\n' separators included). */
    private final int[] column;

    public CompactText(List<String> lines) {
        int total = lines.size();
        for (String line : lines) total += line.length();
        char[] compact = new char[total];
        int[] columns = new int[total];
        lineStart = new int[lines.size()];
        int length = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            lineStart[i] = length;
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (Whitespace.is(ch)) continue;
                columns[length] = c;
                compact[length++] = ch;
            }
            columns[length] = line.length();
            compact[length++] = '\n';
        }
        this.text = new String(compact, 0, length);
        this.column = columns;
    }

    public String text() {
        return text;
    }

    /** The span of the compact range [start, end), which must not cross a line end. */
    public SourceSpan span(int start, int end) {
        int line = lineOf(start);
        int to = end > start ? column[end - 1] + 1 : column[start];
        return new SourceSpan(line + 1, column[start] + 1, line + 1, to + 1);
    }

    private int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStart, offset);
        return i >= 0 ? i : -i - 2;
    }
}
