package nianbao.parse.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nianbao.parse.sections.SectionMap;
import nianbao.report.LabelVariant;
import nianbao.report.NarrativeFact;
import nianbao.report.SectionId;
import nianbao.report.SourceSpan;

/**
 * Reads the narrative facts of domain-spec §2.3, §6.4 and §6.6 from the prose of a report. Table rows (tab- or
 * pipe-separated lines, lines without Chinese) are skipped: facts come from sentences only. Each fact quotes the
 * clauses that state it, with their span (1-based columns counted in UTF-16 chars, end exclusive).
 *
 * <p>Approximate figures (`100余条`, `60多条`, `约50件`) never become facts, and a sum with an approximate part is
 * not reported. See {@link SentenceFacts} for how received applications and outcome counts are represented.
 */
public final class NarrativeReader {

    private static final Comparator<SourceSpan> DOCUMENT_ORDER =
            Comparator.comparingInt(SourceSpan::line).thenComparingInt(SourceSpan::column);

    private NarrativeReader() {
    }

    /** @param lines the normalised text lines, index 0 = line 1; @param sections the sections found in them */
    public static NarrativeReading read(List<String> lines, SectionMap sections) {
        List<ProseLine> prose = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) prose.add(new ProseLine(i + 1, lines.get(i)));

        SentenceFacts sentenceFacts = new SentenceFacts();
        Optional<SectionMap.LineRange> applications = sections.lines(SectionId.APPLICATIONS);
        for (ProseLine line : prose) {
            if (!line.isProse()) continue;
            sentenceFacts.read(line, applications.isPresent() && applications.get().contains(line.number()));
        }
        DocumentFacts documentFacts = new DocumentFacts();
        documentFacts.read(prose, sections);

        List<NarrativeFact> facts = new ArrayList<>(sentenceFacts.facts());
        facts.addAll(documentFacts.facts());
        facts.sort(Comparator.comparing(NarrativeFact::span, DOCUMENT_ORDER).thenComparing(NarrativeFact::kind));
        List<LabelVariant> variants = new ArrayList<>(sentenceFacts.labelVariants());
        variants.sort(Comparator.comparing(LabelVariant::span, DOCUMENT_ORDER));
        return new NarrativeReading(facts, variants);
    }
}
