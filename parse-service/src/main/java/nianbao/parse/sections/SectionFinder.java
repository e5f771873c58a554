package nianbao.parse.sections;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.Section;
import nianbao.report.SectionId;

/** Finds the six statutory section headings (domain-spec §2.1) in the normalised text. */
public final class SectionFinder {

    private SectionFinder() {
    }

    /** @param lines the normalised text lines, index 0 = line 1 */
    public static SectionMap find(List<String> lines) {
        List<Section> sections = new ArrayList<>();
        for (SectionId id : SectionId.values()) sections.add(Section.notFound(id));
        return new SectionMap(sections, lines.size());
    }
}
