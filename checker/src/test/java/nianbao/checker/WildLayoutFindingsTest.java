package nianbao.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.checker.CheckerEngine.Document;
import nianbao.checker.CheckerEngine.Options;
import nianbao.parse.ReportParser;
import java.util.stream.Stream;
import nianbao.report.testing.SampleReports;
import nianbao.report.testing.WildRenderings;
import nianbao.report.testing.WildRenderings.Rendering;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.engine.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * issue 9: a report re-rendered as real reports arrive (one line, PDF-wrapped prose, OCR markdown, the table layouts
 * of domain-spec §7, full-width digits, units, blank markers for zeros) raises no ERROR
 * that the report as written does not raise. The cells themselves are compared in parse-service's WildLayoutsTest.
 */
class WildLayoutFindingsTest {

    private static final CheckerEngine ENGINE = new CheckerEngine(new ReportParser(), new Validator(RuleSetConfig.defaults()));

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("nianbao.report.testing.WildRenderings#everySampleInEveryRendering")
    void noNewError(String sample, Rendering rendering) {
        String text = SampleReports.text(sample);
        List<String> original = errors(check(sample, text));
        List<String> rendered = errors(check(sample, rendering.apply(text)));

        assertThat(rendered).as("ERROR violations of the rendering").isSubsetOf(original);
    }

    /**
     * Renderings that touch only the prose (spacing, wraps, page numbers, figure forms) leave every finding as it was
     * — the same rules with the same outcomes — except where a figure split by a line break is read as uncertain
     * (WildLayoutsTest declares those facts): its N-SUM is then UNCERTAIN instead of PASS.
     */
    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("proseRenderings")
    void proseRenderingKeepsEveryFinding(String sample, Rendering rendering) {
        String text = SampleReports.text(sample);
        List<String> original = outcomes(check(sample, text));
        List<String> rendered = outcomes(check(sample, rendering.apply(text)));

        List<String> expected = original.stream().map(f -> uncertainSum(sample, rendering) && f.startsWith("N-SUM PASS")
                ? f.replace("PASS", "UNCERTAIN") : f).toList();
        assertThat(rendered).as("findings of the rendering").containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Object[]> proseRenderings() {
        return WildRenderings.everySampleInEveryRendering().filter(a -> ((Rendering) a[1]).name().startsWith("PROSE_"));
    }

    /** jinping's 220条 and qidong's 1725条 sums, their totals split inside by the rendering's wrap. */
    private static boolean uncertainSum(String sample, Rendering rendering) {
        return rendering == Rendering.PROSE_WRAPPED_IN_NUMBERS
                && (sample.equals(SampleReports.JINPING) || sample.equals(SampleReports.QIDONG));
    }

    private static List<String> outcomes(CheckedReport r) {
        return r.validation().findings().stream().map(f -> f.ruleId() + " " + f.outcome() + " " + f.severity()).toList();
    }

    /**
     * domain-spec conventions: a blank is not zero; a blank that is not a 总计 beside non-zero components is read as 0
     * and reported as INFO. Every sample has table-三 zeros, so each must report T3-BLANK, and only as INFO.
     */
    @ParameterizedTest
    @MethodSource("nianbao.report.testing.SampleReports#all")
    void zerosWrittenAsBlankMarkersAreReportedAsBlanks(String sample) {
        CheckedReport r = check(sample, Rendering.ZEROS_AS_BLANK_MARKERS.apply(SampleReports.text(sample)));

        assertThat(r.validation().findings().stream()
                .filter(f -> f.ruleId().equals("T3-BLANK") && f.outcome() == Outcome.FAIL).map(f -> f.severity()).toList())
                .isNotEmpty().containsOnly(Severity.INFO);
    }

    /** A sample's text checked under one identity for every rendering, so that only the layout differs. */
    static CheckedReport check(String sample, String text) {
        return ENGINE.check(List.of(new Document(sample, text.getBytes(StandardCharsets.UTF_8))),
                new Options("测试机关", Integer.valueOf(sample.replaceAll("\\D", "").substring(0, 4)), null, null)).get(0);
    }

    /** The ERROR violations, by rule and operands. */
    static List<String> errors(CheckedReport r) {
        return r.validation().findings().stream()
                .filter(f -> f.outcome() == Outcome.FAIL && f.severity() == Severity.ERROR)
                .map(f -> f.ruleId() + " " + f.operands()).toList();
    }
}
