package nianbao.parse.reflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nianbao.report.SourceSpan;

/**
 * The lines of a report as a reader sees them, each made of pieces of the source lines: a paragraph wrapped by PDF
 * text extraction is one line again, a report flattened into one line by a web page is cut back into headings,
 * paragraphs and table rows. The parser reads these lines; {@link #toSource} maps every span it finds back onto the
 * source text, so provenance always points at the document as submitted.
 */
public final class LineView {

    /** {@code length} characters of source line {@code sourceLine} (1-based) from {@code sourceStart} (0-based). */
    private record Piece(int sourceLine, int sourceStart, int viewStart, int length) {
    }

    private static final int[] NO_SEAMS = {};

    private final List<String> lines;
    /** Per view line, its pieces in order; null when every view line is its source line. */
    private final List<Piece[]> pieces;

    private LineView(List<String> lines, List<Piece[]> pieces) {
        this.lines = List.copyOf(lines);
        this.pieces = pieces;
    }

    /** The source lines as they are. */
    public static LineView identity(List<String> source) {
        return new LineView(source, null);
    }

    /** view line i at index i-1 */
    public List<String> lines() {
        return lines;
    }

    public boolean isIdentity() {
        return pieces == null;
    }

    /**
     * Where view line {@code line} (1-based) joins on the text of a further source line: ascending 0-based positions
     * in it, none for a line from one source line (a wrapped sentence joined again has one per line break undone).
     */
    public int[] seams(int line) {
        if (pieces == null) return NO_SEAMS;
        Piece[] ps = pieces.get(line - 1);
        int n = 0;
        int[] seams = new int[ps.length];
        for (int i = 1; i < ps.length; i++) {
            if (ps[i].sourceLine() != ps[i - 1].sourceLine()) seams[n++] = ps[i].viewStart();
        }
        return n == 0 ? NO_SEAMS : Arrays.copyOf(seams, n);
    }

    /** The span in the source text of a span in these lines. */
    public SourceSpan toSource(SourceSpan span) {
        if (pieces == null || !span.isKnown()) return span;
        boolean empty = span.line() == span.endLine() && span.column() == span.endColumn();
        int[] start = sourcePosition(span.line(), span.column() - 1);
        if (empty) return new SourceSpan(start[0], start[1] + 1, start[0], start[1] + 1);
        int[] last = sourcePosition(span.endLine(), span.endColumn() - 2);
        return new SourceSpan(start[0], start[1] + 1, last[0], last[1] + 2);
    }

    /** {sourceLine, 0-based source column} of the character at 0-based {@code position} of view line {@code line}. */
    private int[] sourcePosition(int line, int position) {
        Piece[] ps = pieces.get(line - 1);
        if (ps.length == 0) return new int[] {1, 0};
        Piece piece = ps[0];
        for (Piece p : ps) {
            if (p.viewStart() > position) break;
            piece = p;
        }
        int offset = Math.min(Math.max(position - piece.viewStart(), 0), piece.length());
        return new int[] {piece.sourceLine(), piece.sourceStart() + offset};
    }

    /** Collects view lines piece by piece. */
    static final class Builder {
        private final List<String> source;
        private final List<String> lines = new ArrayList<>();
        private final List<Piece[]> pieces = new ArrayList<>();
        private final List<Piece> current = new ArrayList<>();
        private int length;
        private boolean open;

        Builder(List<String> source) {
            this.source = source;
        }

        /** Ends the current view line (if any) and starts a new one. */
        Builder newLine() {
            end();
            open = true;
            return this;
        }

        /** Appends characters [from, to) of source line {@code sourceLine} (1-based) to the current view line. */
        Builder append(int sourceLine, int from, int to) {
            if (!open) newLine();
            if (to > from || current.isEmpty()) {
                current.add(new Piece(sourceLine, from, length, to - from));
                length += to - from;
            }
            return this;
        }

        private void end() {
            if (!open) return;
            lines.add(text(current));
            pieces.add(current.toArray(Piece[]::new));
            current.clear();
            length = 0;
            open = false;
        }

        /** The text of a view line; a whole source line is that line itself, not a copy. */
        private String text(List<Piece> line) {
            if (line.size() == 1) {
                Piece p = line.get(0);
                String s = source.get(p.sourceLine() - 1);
                return p.sourceStart() == 0 && p.length() == s.length() ? s : s.substring(p.sourceStart(), p.sourceStart() + p.length());
            }
            StringBuilder text = new StringBuilder(length);
            for (Piece p : line) text.append(source.get(p.sourceLine() - 1), p.sourceStart(), p.sourceStart() + p.length());
            return text.toString();
        }

        LineView build() {
            end();
            return new LineView(lines, pieces);
        }
    }
}
