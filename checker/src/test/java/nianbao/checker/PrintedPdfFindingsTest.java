package nianbao.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.checker.CheckerEngine.Document;
import nianbao.checker.CheckerEngine.Options;
import nianbao.parse.ReportParser;
import nianbao.parse.containers.PdfWriter;
import nianbao.parse.containers.PrintedPdf;
import nianbao.report.testing.SampleReports;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.engine.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sample printed to PDF as Word prints it (wrapped cells, running headers, tables broken by the page end) keeps
 * every finding of the sample as written: the same rules with the same outcomes and severities, so no ERROR either.
 */
class PrintedPdfFindingsTest {

    private final CheckerEngine engine = new CheckerEngine(new ReportParser(), new Validator(RuleSetConfig.defaults()));

    static Stream<Arguments> printings() {
        return PrintedPdf.SAMPLES.stream().flatMap(s -> Stream.of(PrintedPdf.values()).map(p -> Arguments.of(s, p)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("printings")
    void printedReportKeepsEveryFinding(String sample, PrintedPdf printed) {
        Path font = PdfWriter.cjkFont().orElse(null);
        assumeTrue(font != null, "no CJK font installed (apt-get install fonts-wqy-microhei)");

        List<String> original = findings(check(sample, SampleReports.text(sample).getBytes(StandardCharsets.UTF_8)));
        List<String> rendered = findings(check(sample, printed.render(sample, font)));

        assertThat(rendered).containsExactlyInAnyOrderElementsOf(original);
    }

    private CheckedReport check(String sample, byte[] content) {
        // the same identity for both, so that only the container differs
        return engine.check(List.of(new Document(sample, content)),
                new Options("测试机关", Integer.valueOf(sample.replaceAll("\\D", "").substring(0, 4)), null, null)).get(0);
    }

    private static List<String> findings(CheckedReport r) {
        return r.validation().findings().stream().map(f -> f.ruleId() + " " + f.outcome() + " " + f.severity()).toList();
    }
}
