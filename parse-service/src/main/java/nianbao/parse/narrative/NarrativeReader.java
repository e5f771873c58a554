package nianbao.parse.narrative;

import java.util.List;
import nianbao.parse.sections.SectionMap;

/** Reads the narrative facts of domain-spec §2.3, §6.4 and §6.6 from the prose lines of a report. */
public final class NarrativeReader {

    private NarrativeReader() {
    }

    /** @param lines the normalised text lines, index 0 = line 1; @param sections the sections found in them */
    public static NarrativeReading read(List<String> lines, SectionMap sections) {
        return new NarrativeReading(List.of(), List.of());
    }
}
