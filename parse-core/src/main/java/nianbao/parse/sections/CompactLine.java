package nianbao.parse.sections;

import java.util.regex.Matcher;
import nianbao.parse.text.Whitespace;
import nianbao.report.SourceSpan;

/**
 * A line with all whitespace removed, remembering where each remaining character stood, so that labels and dates broken by
 * spaces (`总 计`, `第二十条 第（一）项`, `2022年 政府信息公开…`) match plain patterns and still yield exact spans.
 */
public final class CompactLine {

    private final int lineNumber;
    private final String text;
    private final int[] originalIndex;
    private final int originalLength;

    public CompactLine(int lineNumber, String line) {
        this.lineNumber = lineNumber;
        StringBuilder compact = new StringBuilder(line.length());
        int[] index = new int[line.length()];
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Whitespace.is(c)) continue;
            index[compact.length()] = i;
            compact.append(c);
        }
        this.text = compact.toString();
        this.originalIndex = index;
        this.originalLength = line.length();
    }

    /** The line without whitespace. */
    public String text() {
        return text;
    }

    /** The 0-based index in the original line of the compact character at {@code compactIndex}. */
    public int originalIndex(int compactIndex) {
        return compactIndex < text.length() ? originalIndex[compactIndex] : originalLength;
    }

    /** The span in the original line of the compact range [start, end). */
    public SourceSpan span(int start, int end) {
        int from = originalIndex(start);
        int to = end > start ? originalIndex(end - 1) + 1 : from;
        return new SourceSpan(lineNumber, from + 1, lineNumber, to + 1);
    }

    /** {@code matcher}, reset onto the compact text, when its pattern matches from compact index {@code from}; else null. */
    public Matcher lookingAt(Matcher matcher, int from) {
        matcher.reset(text).region(from, text.length());
        return matcher.lookingAt() ? matcher : null;
    }
}
