package nianbao.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.checker.CheckerEngine.Document;
import nianbao.checker.CheckerEngine.Options;
import nianbao.parse.ReportParser;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Validator;
import org.junit.jupiter.api.Test;

/**
 * A county bureau's report flattened into one line by a web page (report-model's test resource wild/, written for
 * this test): its digit runs are read, the row sums that split them are not claimed as checked, and its one real
 * error is found — （七）总计 says 72 / 3 / 75 while its outcome rows add up to 69 / 2 / 71.
 */
class FlattenedReportFindingsTest {

    private final CheckerEngine engine = new CheckerEngine(new ReportParser(), new Validator(RuleSetConfig.defaults()));

    private CheckedReport check() {
        try (InputStream in = getClass().getResourceAsStream("/wild/flattened-county-bureau-2023.txt")) {
            return engine.check(List.of(new Document("report.txt", in.readAllBytes())), Options.none()).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> outcomes(CheckedReport r, String rule, Outcome outcome) {
        return r.validation().findings().stream().filter(f -> f.ruleId().equals(rule) && f.outcome() == outcome)
                .map(f -> f.operands().get(f.operands().size() - 1).id()).toList();
    }

    @Test
    void theOutcomeTotalErrorIsFoundInItsThreeColumns() {
        CheckedReport r = check();
        assertThat(outcomes(r, "T3-OUTCOME-TOTAL", Outcome.FAIL)).containsExactly("T3[R3.7][NAT]", "T3[R3.7][COM]", "T3[R3.7][TOT]");
        assertThat(outcomes(r, "T3-BALANCE", Outcome.PASS)).hasSize(7);
        Finding total = r.validation().findings().stream()
                .filter(f -> f.ruleId().equals("T3-OUTCOME-TOTAL") && f.outcome() == Outcome.FAIL).toList().get(2);
        assertThat(total.expected()).isEqualTo("71");
        assertThat(total.actual()).isEqualTo("75");
    }

    @Test
    void rowSumsThatSplitTheDigitsAreNotClaimedAsChecked() {
        CheckedReport r = check();
        assertThat(outcomes(r, "T3-ROWSUM", Outcome.NOT_ASSESSABLE)).hasSize(25);
        assertThat(outcomes(r, "T3-ROWSUM", Outcome.PASS)).isEmpty();
        assertThat(r.validation().findings().stream().filter(f -> f.ruleId().startsWith("T4-") && f.ruleId().endsWith("-TOTAL"))
                .map(Finding::outcome).toList()).containsOnly(Outcome.NOT_ASSESSABLE);
        assertThat(r.validation().findings().stream().filter(f -> f.ruleId().equals("P-DECODED")).count()).isEqualTo(2);
    }

    @Test
    void theNarrativeAgreesWithTheTableAndNoSectionIsMissing() {
        CheckedReport r = check();
        assertThat(outcomes(r, "N-APPLY-TOTAL", Outcome.PASS)).hasSize(1);
        assertThat(outcomes(r, "S-SECTIONS", Outcome.PASS)).hasSize(6);
        assertThat(r.context().agencyName()).isEqualTo("某县交通运输局");
    }
}
