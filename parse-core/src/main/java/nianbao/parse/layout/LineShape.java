package nianbao.parse.layout;

import nianbao.report.Layout;

/** How one line is laid out; the layout of a table is the shape of most of its value-bearing lines. */
enum LineShape {
    /** Empty, or only separators ({@code ||}, {@code |---|}, {@code ---⇥---}). */
    SEPARATOR(null),
    /** One cell followed by {@code |} (chaoyang). */
    PIPE_CELL(Layout.PIPE),
    /** One cell prefixed by TAB, or a bare one-cell line (jinping). */
    SINGLE_CELL(Layout.CELL_PER_LINE),
    TAB(Layout.TAB),
    /** {@code a | b | c}. */
    PIPE_ROW(Layout.PIPE_ROWS),
    /** {@code | a | b |}. */
    MARKDOWN_ROW(Layout.MARKDOWN),
    /** Columns separated by two or more spaces (pdftotext -layout). */
    SPACED(Layout.SPACE_ALIGNED);

    final Layout layout;

    LineShape(Layout layout) {
        this.layout = layout;
    }

    boolean isMultiCell() {
        return this == TAB || this == PIPE_ROW || this == MARKDOWN_ROW || this == SPACED;
    }
}
