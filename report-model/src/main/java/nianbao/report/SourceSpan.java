package nianbao.report;

/**
 * Where a value stands in the normalised text of a report: 1-based line and column, end column exclusive.
 * Grid containers (HTML, DOCX, PDF) are rendered to text lines first, so every span points into that one text.
 */
public record SourceSpan(int line, int column, int endLine, int endColumn) {

    /** For values that have no place in the text (a MISSING cell). */
    public static final SourceSpan NONE = new SourceSpan(0, 0, 0, 0);

    public SourceSpan {
        if (line < 0 || column < 0 || endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException("bad span " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    public static SourceSpan onLine(int line, int column, int length) {
        return new SourceSpan(line, column, line, column + length);
    }

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        if (!isKnown()) return "-";
        return line == endLine ? line + ":" + column + "-" + endColumn : line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
