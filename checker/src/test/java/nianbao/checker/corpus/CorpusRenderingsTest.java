package nianbao.checker.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.report.Cell;
import nianbao.report.tables.CellRef;
import nianbao.report.testing.RenderedCells;
import nianbao.report.testing.WildRenderings.Rendering;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus's real reports re-rendered as real reports arrive (WildRenderings, as the samples in WildLayoutsTest):
 * the same cells as the excerpt as written — a 0 written as a blank marker BLANK, a cell the rendering cannot keep
 * lost only with a diagnostic naming it, never another certain value — and no ERROR the excerpt does not raise.
 *
 * <p>Which corpus reports: WildRenderings finds table rows by their TAB or pipe cell rules, so only the pipe layouts
 * (pipe rows, one pipe-closed cell per line, markdown) can be re-rendered faithfully. Excluded, each for its reason:
 * cell-per-line and space-aligned reports (no cell rule: a label line is taken for prose, so a rendering would tear
 * the labels from their values rather than re-render the table), shanghai's raw HTML markup on one line (no line is a
 * row), and the headings-only page (no table at all).
 *
 * <p>Which text: most excerpts stop inside a table, and a rendering writes whole rows — it would close the row the
 * excerpt stops in, making a cut row look whole. The excerpt is therefore taken up to its last line with a label (the
 * last row's, or the prose it ends in), the same text for the original and the rendering.
 */
class CorpusRenderingsTest {

    private static final Pattern LABEL = Pattern.compile("\\p{IsHan}");
    private static final Set<String> RENDERABLE = Set.of("pipe-rows", "pipe-cell-per-line", "markdown");

    /**
     * Pairs that do not (yet) come out the same, with their exact counts of cells read differently without a
     * diagnostic, cells lost with one, and new ERRORs — each line says why (corpus-renderings-divergent.txt).
     */
    private static final Map<String, String> DIVERGENT = declaredDivergences();

    static Stream<Object[]> renderablePairs() {
        return CorpusFolder.reports().stream().filter(r -> RENDERABLE.contains(CorpusFolder.layout(r)))
                .flatMap(r -> Arrays.stream(Rendering.values()).map(rendering -> new Object[] {r.id(), rendering, r}));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("renderablePairs")
    void renderingReadsTheSameCellsAndNoNewError(String id, Rendering rendering, CorpusReport report) {
        String text = beforeLastLabel(CorpusChecks.text(report));
        CheckedReport original = CorpusChecks.check(report, text);
        CheckedReport rendered = CorpusChecks.check(report, rendering.apply(text));

        Set<CellRef> explained = rendered.report().diagnostics().stream()
                .filter(d -> d.code().equals("P-AMBIGUOUS") || d.code().equals("P-MISALIGNED") || d.code().equals("P-TRUNCATED"))
                .flatMap(d -> d.cells().stream()).collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (Cell written : original.report().cells()) {
            Cell expected = RenderedCells.expected(written, rendering);
            Cell actual = rendered.report().cell(expected.ref());
            if (RenderedCells.same(expected, actual)) continue;
            String line = expected.ref() + ": " + RenderedCells.describe(expected) + " → " + RenderedCells.describe(actual);
            if (actual.isNumber() && actual.isCertain() || !explained.contains(expected.ref())) wrong.add(line);
            else lost.add(line);
        }
        List<String> newErrors = CorpusChecks.errors(rendered).stream()
                .filter(e -> !CorpusChecks.errors(original).contains(e)).toList();
        String divergence = "wrong=" + wrong.size() + " lost=" + lost.size() + " errors=" + newErrors.size();
        assertThat(divergence).as("%s as %s: %s %s %s", id, rendering, wrong, lost, newErrors)
                .isEqualTo(DIVERGENT.getOrDefault(id + " " + rendering, "wrong=0 lost=0 errors=0"));
    }

    /** The text before its last line that holds a Chinese character (a label or prose): whole lines only. */
    static String beforeLastLabel(String text) {
        String[] lines = text.split("\n", -1);
        int last = lines.length - 1;
        while (last > 0 && !LABEL.matcher(lines[last]).find()) last--;
        return String.join("\n", Arrays.asList(lines).subList(0, last)) + "\n";
    }

    private static Map<String, String> declaredDivergences() {
        Map<String, String> declared = new HashMap<>();
        try (var in = CorpusRenderingsTest.class.getResourceAsStream("corpus-renderings-divergent.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\\s+");
                declared.put(f[0] + " " + f[1], f[2] + " " + f[3] + " " + f[4]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return declared;
    }
}
