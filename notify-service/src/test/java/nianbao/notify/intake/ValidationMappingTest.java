package nianbao.notify.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nianbao.events.PassedChecks;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.notify.alerts.Validation;
import nianbao.notify.support.Events;
import org.junit.jupiter.api.Test;

class ValidationMappingTest {

    @Test
    void passedChecksAreCountedByRuleWhetherCountedInTheEventOrWrittenAsPassFindingsByAnOlderValidator() {
        ReportValidated event = ReportValidated.newBuilder(Events.validated("s1", Events.LONGTING, 2022,
                        Instant.parse("2023-01-20T00:00:00Z"),
                        Events.finding("T3-BALANCE", RuleOutcome.FAIL, Severity.ERROR, "fp-balance", "不平衡", "总计 16")))
                .setFindings(List.of(
                        Events.finding("T3-BALANCE", RuleOutcome.FAIL, Severity.ERROR, "fp-balance", "不平衡", "总计 16"),
                        Events.finding("T3-ROWSUM", RuleOutcome.PASS, Severity.ERROR, "fp-r1", "第（一）行相符", null),
                        Events.finding("N-APPLY-TOTAL", RuleOutcome.PASS, Severity.WARNING, "fp-n", "正文相符", null)))
                .setPassedChecks(List.of(new PassedChecks("T3-ROWSUM", 5, "第（二）行相符", "row 2 adds up")))
                .build();

        Validation validation = ValidationMapping.toValidation(event);

        assertThat(validation.findings()).extracting(f -> f.ruleId() + " " + f.outcome() + " " + f.fingerprint())
                .containsExactly("T3-BALANCE FAIL fp-balance");
        assertThat(validation.passedChecks()).isEqualTo(Map.of("T3-ROWSUM", 6, "N-APPLY-TOTAL", 1));
        assertThat(validation.passedCount()).isEqualTo(7);
    }
}
