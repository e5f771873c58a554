package nianbao.parse.narrative;

import static nianbao.parse.narrative.SentenceFacts.fact;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.parse.text.Numbers;
import nianbao.report.AgencyNames;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.report.Qualifier;
import nianbao.report.SourceSpan;

/**
 * The agency a report names as its author ({@link FactKind#AGENCY}), looked for where reports name it, in this order:
 * the title before its year (the TITLE fact, a title line or `现公布某某局2023年…报告`), a page metadata line
 * (`发布机构：…`, `来源：…`), the signature line above the closing date. A candidate counts only when
 * {@link AgencyNames#namesABody} says it names a particular body: `政府办公室` or `我局` name no one in particular.
 */
final class AgencyFact {

    /** The title's year, its digits perhaps spaced (2 0 2 2 年). */
    private static final Pattern YEAR = Pattern.compile("(?:" + Numbers.DIGIT + "\\s*){4}年");
    private static final Pattern PREAMBLE = Pattern.compile("^关于");
    private static final Pattern METADATA = Pattern.compile(
            "(发布机构|发布单位|发布主体|发文机关|发文单位|公开主体|信息来源|来源)\\s*[：:]\\s*([\\p{IsHan}（）()]{2,40})");
    /** A signature is a short line without punctuation. */
    private static final Pattern SIGNATURE = Pattern.compile("^[\\p{IsHan}（）()\\s]{2,40}$");

    private AgencyFact() {
    }

    /** @param documentFacts the TITLE and SIGNATURE_DATE facts of {@link DocumentFacts}, if found */
    static Optional<NarrativeFact> read(List<ProseLine> lines, List<NarrativeFact> documentFacts) {
        for (NarrativeFact title : ofKind(documentFacts, FactKind.TITLE)) {
            Optional<NarrativeFact> named = fromTitle(lines, title);
            if (named.isPresent()) return named;
        }
        for (ProseLine line : lines) {
            if (!mayHoldMetadata(line.text())) continue;
            Matcher m = METADATA.matcher(line.text());
            while (m.find()) {
                Optional<NarrativeFact> named = agency(line.quote(m.start(2), m.end(2)));
                if (named.isPresent()) return named;
            }
        }
        for (NarrativeFact date : ofKind(documentFacts, FactKind.SIGNATURE_DATE)) {
            Optional<NarrativeFact> named = aboveDate(lines, date.span());
            if (named.isPresent()) return named;
        }
        return Optional.empty();
    }

    /** A label of {@link #METADATA} with its colon: spares the pattern every line of prose. */
    private static boolean mayHoldMetadata(String text) {
        return (text.indexOf('：') >= 0 || text.indexOf(':') >= 0)
                && (text.contains("来源") || text.contains("发布") || text.contains("发文") || text.contains("公开主体"));
    }

    private static List<NarrativeFact> ofKind(List<NarrativeFact> facts, FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).toList();
    }

    /** The words of the title before its year: 某某市统计局2023年… → 某某市统计局. */
    private static Optional<NarrativeFact> fromTitle(List<ProseLine> lines, NarrativeFact title) {
        SourceSpan span = title.span();
        if (span.line() != span.endLine()) return Optional.empty();
        ProseLine line = lines.get(span.line() - 1);
        int from = line.indexAtColumn(span.column() - 1);
        Matcher year = YEAR.matcher(line.text()).region(from, line.indexAtColumn(span.endColumn() - 1));
        if (!year.find()) return Optional.empty();
        Matcher preamble = PREAMBLE.matcher(line.text()).region(from, year.start());
        return agency(line.quote(preamble.find() ? preamble.end() : from, year.start()));
    }

    /** The nearest non-blank line above the signature date, when it is a bare name. */
    private static Optional<NarrativeFact> aboveDate(List<ProseLine> lines, SourceSpan date) {
        for (int i = date.line() - 2; i >= 0; i--) {
            ProseLine line = lines.get(i);
            if (line.text().isBlank()) continue;
            return SIGNATURE.matcher(line.text().strip()).matches() ? agency(line.quote(0, line.text().length())) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<NarrativeFact> agency(ProseLine.Quote written) {
        String name = written.text().replaceAll("\\s+", "");
        if (!AgencyNames.namesABody(name)) return Optional.empty();
        return Optional.of(fact(FactKind.AGENCY, null, List.of(), new Qualifier.Agency(name), written));
    }
}
