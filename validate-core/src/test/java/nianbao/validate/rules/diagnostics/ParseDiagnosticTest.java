package nianbao.validate.rules.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.validate.engine.Attribution;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.ReportBuilder;
import nianbao.validate.rules.RuleRun;
import org.junit.jupiter.api.Test;

class ParseDiagnosticTest {

    private static ParseDiagnostic rule(String code) {
        return ParseDiagnostic.all().stream().filter(r -> r.id().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void passesEachDiagnosticThroughAsAnUncertainParserFinding() {
        var report = ReportBuilder.v2021()
                .diagnostic("P-MISALIGNED", "6 values for 7 columns", List.of(CellRef.t3(T3Row.R3_1, T3Column.COM)))
                .diagnostic("P-TRUNCATED", "table 三 ends after R3.3.7", List.of())
                .text("x\n".repeat(599) + "(一) 予以公开\t3\t0\t0\t0\t0\t3\n")
                .build();

        Finding misaligned = RuleRun.only(rule("P-MISALIGNED"), report);
        assertThat(misaligned.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(misaligned.severity()).isEqualTo(Severity.INFO);
        assertThat(misaligned.attribution()).isEqualTo(Attribution.PARSER);
        assertThat(RuleRun.ids(misaligned)).containsExactly("T3[R3.1][COM]");
        assertThat(misaligned.quote()).isEqualTo("(一) 予以公开\t3\t0\t0\t0\t0\t3");
        assertThat(misaligned.messageZh()).contains("列的对应关系为推断").contains("6 values for 7 columns");

        Finding truncated = RuleRun.only(rule("P-TRUNCATED"), report);
        assertThat(RuleRun.ids(truncated)).containsExactly("AT:601:1-6");
        assertThat(RuleRun.run(rule("P-AMBIGUOUS"), report)).isEmpty();
    }

    @Test
    void coversTheFourDiagnosticsOfTheSpec() {
        assertThat(ParseDiagnostic.all()).extracting(ParseDiagnostic::id)
                .containsExactly("P-TRUNCATED", "P-AMBIGUOUS", "P-DECODED", "P-VERSION-MIXED", "P-MISALIGNED");
    }
}
