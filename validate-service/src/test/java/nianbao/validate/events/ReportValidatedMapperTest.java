package nianbao.validate.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nianbao.events.EventPosition;
import nianbao.events.PassedChecks;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.events.ValidationTrigger;
import nianbao.validate.engine.Attribution;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.engine.Validation;
import nianbao.validate.engine.Verdict;
import org.junit.jupiter.api.Test;

class ReportValidatedMapperTest {

    @Test
    void whatDidNotPassTravelsInFullThePassedChecksCountedByRuleInTheirOrder() {
        Validation validation = new Validation("2026.1", Verdict.FAIL, List.of(
                finding("T3-ROWSUM", Outcome.PASS, "第（一）行总计 5 等于各项之和"),
                finding("T3-BALANCE", Outcome.FAIL, "第一项加第二项之和 5 不等于第三项加第四项之和 6"),
                finding("T3-ROWSUM", Outcome.PASS, "第（二）行总计 0 等于各项之和"),
                finding("S-SECTIONS", Outcome.PASS, "六个部分齐全"),
                finding("T4-GROUP-TOTAL", Outcome.NOT_ASSESSABLE, "行政复议总计未填写"),
                finding("T3-ROWSUM", Outcome.PASS, "第（三）行总计 2 等于各项之和")), Map.of());

        ReportValidated event = ReportValidatedMapper.validated(ParsedEvents.parsed("a", 2022, 5),
                new EventPosition("report-parsed", 3, 17L), validation, ValidationTrigger.SUBMISSION,
                Instant.parse("2023-01-20T00:00:02Z"));

        assertThat(event.getFindings()).extracting(f -> f.getRuleId() + " " + f.getOutcome())
                .containsExactly("T3-BALANCE FAIL", "T4-GROUP-TOTAL NOT_ASSESSABLE");
        assertThat(event.getFindings().get(0).getOutcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(event.getPassedChecks()).containsExactly(
                new PassedChecks("T3-ROWSUM", 3, "第（一）行总计 5 等于各项之和", "en 第（一）行总计 5 等于各项之和"),
                new PassedChecks("S-SECTIONS", 1, "六个部分齐全", "en 六个部分齐全"));
    }

    private static Finding finding(String ruleId, Outcome outcome, String messageZh) {
        return new Finding(ruleId, outcome, Severity.ERROR, "a = b", List.of(), null, null, messageZh, "en " + messageZh,
                Attribution.REPORT, null, ruleId + messageZh);
    }
}
