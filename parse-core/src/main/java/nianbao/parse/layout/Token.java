package nianbao.parse.layout;

import nianbao.report.SourceSpan;

/**
 * One cell of a table as written: its text exactly as in the normalised text, where it starts, and what it looks like.
 * An empty BLANK token (an empty grid cell) has a zero-length span.
 *
 * @param column 1-based column of the first character of {@code text}
 */
public record Token(String text, int line, int column, Kind kind) {

    public enum Kind {
        /** Text that may be a row, column or group label (or prose). */
        LABEL,
        NUMBER,
        /** Empty cell inside a value region, or a blank marker ({@code -}, {@code /}, {@code —}, {@code &nbsp;}). */
        BLANK,
        /** Short non-numeric text standing where a value should be (e.g. {@code 无}). */
        TEXT
    }

    public SourceSpan span() {
        return SourceSpan.onLine(line, column, text.length());
    }

    public boolean isValue() {
        return kind != Kind.LABEL;
    }
}
