package nianbao.notify.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import nianbao.notify.mail.Severities;

/**
 * The submission's text cut into line segments, each marked with the findings whose operands stand there. Spans are
 * 1-based lines and columns with the end column exclusive (schema SourceSpan); an operand whose end was not kept
 * reaches as far as its text as written, or to the end of its line.
 */
public final class Highlights {

    /** Where one finding's operand stands: {@code finding} is the finding's number on the page. */
    public record Mark(int line, int column, int endLine, int endColumn, String raw, int finding, String severity) {
    }

    /** A piece of a line; {@code findings} empty for plain text, {@code severity} the most severe of them. */
    public record Segment(String text, List<Integer> findings, String severity) {

        public Segment {
            findings = List.copyOf(findings);
        }
    }

    /** One line of the text (numbered from 1) in segments. */
    public record Line(int number, List<Segment> segments) {

        public Line {
            segments = List.copyOf(segments);
        }
    }

    private record Range(int from, int to, Mark mark) {
    }

    private Highlights() {
    }

    public static List<Line> of(String text, List<Mark> marks) {
        String[] lines = text.split("\n", -1);
        List<List<Range>> ranges = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            ranges.add(new ArrayList<>());
        }
        for (Mark mark : marks) {
            if (mark.line() < 1 || mark.line() > lines.length) {
                continue;
            }
            boolean endKnown = mark.endLine() > mark.line()
                    || mark.endLine() == mark.line() && mark.endColumn() > mark.column();
            int lastLine = endKnown ? Math.min(mark.endLine(), lines.length) : mark.line();
            for (int n = mark.line(); n <= lastLine; n++) {
                int length = lines[n - 1].length();
                int from = n == mark.line() ? mark.column() - 1 : 0;
                int to = endKnown ? (n == lastLine && n == mark.endLine() ? mark.endColumn() - 1 : length)
                        : mark.raw() != null && !mark.raw().isBlank() ? from + mark.raw().length() : length;
                from = clamp(from, length);
                to = clamp(to, length);
                if (to > from) {
                    ranges.get(n - 1).add(new Range(from, to, mark));
                }
            }
        }
        List<Line> result = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            result.add(new Line(i + 1, segments(lines[i], ranges.get(i))));
        }
        return result;
    }

    private static List<Segment> segments(String line, List<Range> ranges) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, line.length()));
        ranges.forEach(r -> {
            cuts.add(r.from());
            cuts.add(r.to());
        });
        List<Segment> segments = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            int start = from;
            List<Mark> covering = ranges.stream().filter(r -> r.from() <= start && r.to() >= to).map(Range::mark).toList();
            String severity = covering.stream().map(Mark::severity).min(Comparator.comparingInt(Severities::rank))
                    .orElse(null);
            segments.add(new Segment(line.substring(start, to),
                    covering.stream().map(Mark::finding).distinct().sorted().toList(), severity));
            from = to;
        }
        return segments.isEmpty() ? List.of(new Segment("", List.of(), null)) : segments;
    }

    private static int clamp(int column, int length) {
        return Math.max(0, Math.min(column, length));
    }
}
