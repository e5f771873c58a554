package nianbao.parse.sections;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nianbao.report.Section;
import nianbao.report.SectionId;

/**
 * The six statutory sections of one report, in canonical order (found or not), and which lines each one covers.
 * A found section runs from its heading to just before the next found heading in document order, so the content of
 * a section whose heading was lost (qidong's 四) is attributed to the section before it.
 * Asked once per line of the report, so the found headings are put in document order once.
 */
public final class SectionMap {

    private final List<Section> sections;
    private final int lineCount;
    private final List<Section> inDocumentOrder;

    /**
     * @param sections  one entry per {@link SectionId}, in canonical order
     * @param lineCount the number of lines of the text, so the last section ends at the last line
     */
    public SectionMap(List<Section> sections, int lineCount) {
        this.sections = List.copyOf(sections);
        this.lineCount = lineCount;
        this.inDocumentOrder = this.sections.stream().filter(Section::found)
                .sorted(Comparator.comparingInt((Section s) -> s.span().line()).thenComparingInt(s -> s.span().column()))
                .toList();
    }

    /** One entry per {@link SectionId}, in canonical order. */
    public List<Section> sections() {
        return sections;
    }

    public Section section(SectionId id) {
        for (Section s : sections) if (s.id() == id) return s;
        return Section.notFound(id);
    }

    /** The section a position (1-based line and column) lies in; empty before the first heading. */
    public Optional<SectionId> sectionAt(int line, int column) {
        SectionId owner = null;
        for (Section s : inDocumentOrder) {
            boolean started = s.span().line() < line || (s.span().line() == line && s.span().column() <= column);
            if (!started) break;
            owner = s.id();
        }
        return Optional.ofNullable(owner);
    }

    /** The section a whole line belongs to: the section whose heading stands on it, or the one running through it. */
    public Optional<SectionId> sectionOf(int line) {
        return sectionAt(line, Integer.MAX_VALUE);
    }

    /** The lines a found section covers, heading line included; empty when the heading was not found. */
    public Optional<LineRange> lines(SectionId id) {
        List<Section> found = inDocumentOrder;
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).id() != id) continue;
            int first = found.get(i).span().line();
            int last = i + 1 < found.size() ? lastLineBefore(found.get(i + 1)) : lineCount;
            return Optional.of(new LineRange(first, Math.max(first, last)));
        }
        return Optional.empty();
    }

    private static int lastLineBefore(Section next) {
        // an inline heading shares its line with the end of the previous section
        return next.span().column() > 1 ? next.span().line() : next.span().line() - 1;
    }

    /** An inclusive range of 1-based line numbers. */
    public record LineRange(int first, int last) {
        public boolean contains(int line) {
            return line >= first && line <= last;
        }
    }
}
