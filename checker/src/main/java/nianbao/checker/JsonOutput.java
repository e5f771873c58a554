package nianbao.checker;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.report.SourceSpan;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The findings as JSON for tools: one object per file, the findings as the services publish them; {@code report} is
 * false for a file that is not an annual report (its one finding, P-NOT-A-REPORT, says why).
 */
final class JsonOutput {

    /**
     * Numbers as written ({@code 73}, not {@code 7.3E+1}); a span as its {@code line:column-endColumn} text. A
     * {@link Finding} and its operands are written as they are, their components in declaration order.
     */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .addModule(new SimpleModule("nianbao-checker").addSerializer(SourceSpan.class, ToStringSerializer.instance))
            .build();

    private JsonOutput() {
    }

    /** The document written: {@code {"reports": [...]}}. */
    record Reports(List<ReportJson> reports) {
    }

    /**
     * One file. {@code year} is null for a file that is no report and names none; {@code formatVersion} null when
     * nothing was parsed; a key figure null when its cell was not read.
     */
    record ReportJson(String file, boolean report, String agency, Integer year, String level, String formatVersion,
                      String ruleSetVersion, String verdict, Map<String, BigDecimal> keyFigures, List<Finding> findings) {
    }

    static void print(PrintStream out, List<CheckedReport> reports, boolean all) {
        out.println(JSON.writeValueAsString(new Reports(reports.stream().map(r -> report(r, all)).toList())));
    }

    private static ReportJson report(CheckedReport r, boolean all) {
        // a file that is no report may have no year: 0 in its context
        Integer year = r.context().reportYear() == 0 ? null : r.context().reportYear();
        return new ReportJson(r.fileName(), !r.notAReport(), r.context().agencyName(), year, r.context().level().name(),
                r.report() == null ? null : r.report().version().name(), r.validation().ruleSetVersion(),
                r.validation().verdict().name(), figures(r.validation().keyFigures()),
                r.validation().findings().stream().filter(f -> all || f.outcome() != Outcome.PASS).toList());
    }

    /** The headline cells' value texts as numbers, in the validation's order. */
    private static Map<String, BigDecimal> figures(Map<String, String> figures) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        figures.forEach((id, v) -> numbers.put(id, v == null ? null : new BigDecimal(v)));
        return numbers;
    }
}
