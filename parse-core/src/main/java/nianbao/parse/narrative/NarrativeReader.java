package nianbao.parse.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nianbao.parse.reflow.LineView;
import nianbao.parse.sections.SectionMap;
import nianbao.report.LabelVariant;
import nianbao.report.NarrativeFact;
import nianbao.report.SourceSpan;

/**
 * Reads the narrative facts of domain-spec §2.3, §6.4 and §6.6 from the prose of a report. Table rows (tab- or
 * pipe-separated lines, lines without Chinese) are skipped: facts come from sentences only. Each fact quotes the
 * clauses that state it, with their span (1-based columns counted in UTF-16 chars, end exclusive). Facts are in
 * document order. Approximate figures (`100余条`, `60多条`, `约50件`) never become facts, and a sum with an
 * approximate part is not reported.
 *
 * <p>Outcome, channel, applicant, closing and carry-over counts are read only in section 三 or where the text is
 * about applications: from the first sentence that handles 申请 on, up to the next sub-head (a short first sentence
 * without figures) or section (答复网民留言30件 elsewhere closes no application).
 *
 * <p>Representation, beyond {@link nianbao.report.FactKind}'s own notes:
 * <ul>
 * <li>APPLICATIONS_RECEIVED: qualifier rows [R1] when the sentence says 新收; [R1, R2] when its total includes carried-over
 *     applications (parts [新收, 上年结转] when both are stated, none for 含上年结转3件); else null. 依申请公开 as a document attribute (the
 *     chaoyang trap) is never an application: a verb 收到/受理/接收 must precede 申请.
 * <li>OUTCOME: one fact per sentence and table rows; value = the sum of the counts naming those rows, parts = the
 *     single counts when there are several (longting: 属于已主动公开范围2件，同意公开1件 → [R3.1], 3, [2, 1]).
 *     Qualifier rows [R3.1], [R3.2], [R3.1, R3.2], [R3.3] (= ΣR3.3.*), [R3.4] (= ΣR3.4.*), [R3.4.1], [R3.5], [R3.6]
 *     (= ΣR3.6.*, or V2019's single R3.6). Pre-2019 wording also yields a
 *     {@link nianbao.report.LabelVariant} (where = "narrative").
 *     告知作出更改补充 / 告知通过其他途径办理 have no table row and yield nothing.
 * <li>APPLICATIONS_BY_CHANNEL: qualifier = the channel words; value null when no total is stated.
 * <li>REVIEW_COUNT / LITIGATION_COUNT: 行政复议和行政诉讼均为0件 yields both; 未发生行政复议 yields REVIEW_COUNT 0;
 *     a sentence denying both yields NO_REVIEW_OR_LITIGATION only. Only in section 四 or a sentence about
 *     information disclosure, and only with 行政复议/行政诉讼 as the counted noun.
 * <li>Year totals (received, closed, carried over, reviews, lawsuits, 规范性文件): only from a sentence stating the
 *     whole year's figure ({@link Scope}); of several counts of one kind in a sentence, only the one led by
 *     共/全年/全部…, and none when that does not single one out.
 * <li>INTERNAL_SUM: parts in the order written; when 其中 opens a sentence the total is in the previous one, and
 *     the quote spans both.
 * <li>AGENCY: see {@link AgencyFact}.
 * <li>TITLE value = the year; STATISTICAL_PERIOD, PUBLISHED_ON, SIGNATURE_DATE and OVERVIEW_TOPIC have no value.
 * <li>FEE_STATEMENT: only in section 六 (anywhere when its heading is lost); value in 元 (万元 converted).
 * <li>SECTION_TEXT: the non-blank lines of section 一 or 五 after the heading, joined by "\n", trimmed; the span
 *     runs from the first to the last of them.
 * </ul>
 */
public final class NarrativeReader {

    private static final Comparator<SourceSpan> DOCUMENT_ORDER =
            Comparator.comparingInt(SourceSpan::line).thenComparingInt(SourceSpan::column);

    private NarrativeReader() {
    }

    /** @param lines the normalised text lines, index 0 = line 1; @param sections the sections found in them */
    public static NarrativeReading read(List<String> lines, SectionMap sections) {
        return read(LineView.identity(lines), sections);
    }

    /**
     * @param view the lines as a reader sees them, whose seams (line breaks undone) make a figure split by one
     *             uncertain; @param sections the sections found in them
     */
    public static NarrativeReading read(LineView view, SectionMap sections) {
        List<String> lines = view.lines();
        List<ProseLine> prose = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            boolean opensInsideFigure = i > 0 && ProseLine.opensWithDigit(lines.get(i)) && ProseLine.endsInDigit(lines.get(i - 1));
            prose.add(new ProseLine(i + 1, lines.get(i), view.seams(i + 1), opensInsideFigure));
        }

        SentenceFacts sentenceFacts = new SentenceFacts();
        for (ProseLine line : prose) {
            if (line.isProse()) sentenceFacts.read(line, sections.sectionOf(line.number()).orElse(null));
        }
        DocumentFacts documentFacts = new DocumentFacts();
        documentFacts.read(prose, sections);

        List<NarrativeFact> facts = new ArrayList<>(sentenceFacts.facts());
        facts.addAll(documentFacts.facts());
        AgencyFact.read(prose, documentFacts.facts()).ifPresent(facts::add);
        facts.sort(Comparator.comparing(NarrativeFact::span, DOCUMENT_ORDER).thenComparing(NarrativeFact::kind));
        List<LabelVariant> variants = new ArrayList<>(sentenceFacts.labelVariants());
        variants.sort(Comparator.comparing(LabelVariant::span, DOCUMENT_ORDER));
        return new NarrativeReading(facts, variants);
    }
}
