package nianbao.notify.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nianbao.notify.routing.Agency;

class AlertDecisionsTest {

    static Finding finding(String rule, String outcome, String severity, String fingerprint) {
        return new Finding(rule, outcome, severity, "a = b", List.of(new Operand("T3[R1][TOT]", "16", "16", 40, 3)),
                "16", "17", "不平衡", "does not balance", "REPORT", "quote", fingerprint);
    }

    static Validation validation(Finding... findings) {
        return validation(Map.of(), findings);
    }

    static Validation validation(Map<String, Integer> passedChecks, Finding... findings) {
        return new Validation("s1", new Agency("longting-gov-office", "龙亭区人民政府办公室", "410202", "COUNTY_DEPARTMENT"),
                2022, "rules-1", "V2021", "FAIL", "SUBMISSION", Instant.parse("2023-01-20T00:00:00Z"),
                Instant.parse("2023-01-20T00:00:05Z"), Map.of(), List.of(findings), passedChecks);
    }

    @Test
    void failAtErrorOrWarningOpensAlertsAndNothingElseDoes() {
        Finding balance = finding("T3-BALANCE", "FAIL", "ERROR", "fp-balance");
        Finding items = finding("T2-V19-ITEMS-DECISIONS", "FAIL", "WARNING", "fp-items");
        Validation v = validation(Map.of("T3-SHAPE", 1), balance, items, finding("S-TITLE", "FAIL", "INFO", "fp-title"),
                finding("T3-ROWSUM", "UNCERTAIN", "ERROR", "fp-rowsum"),
                finding("T4-SHAPE", "NOT_ASSESSABLE", "WARNING", "fp-t4"));

        AlertPlan plan = AlertDecisions.plan(v, true, Map.of(), AlertPolicy.DEFAULT);

        assertThat(plan).isEqualTo(new AlertPlan(List.of(balance, items), List.of(), List.of(), List.of()));
    }

    @Test
    void uncertainOpensAlertsWhenThePolicySaysSo() {
        Finding rowsum = finding("T3-ROWSUM", "UNCERTAIN", "ERROR", "fp-rowsum");
        AlertPolicy withUncertain = new AlertPolicy(Set.of("FAIL", "UNCERTAIN"), Set.of("ERROR", "WARNING"));

        assertThat(AlertDecisions.plan(validation(rowsum), true, Map.of(), withUncertain).opened())
                .containsExactly(rowsum);
    }

    /**
     * A document that is no annual report (validate-service's one NOT_ASSESSABLE INFO finding P-NOT-A-REPORT) opens no
     * alert and, having assessed no rule, resolves none of the agency's open alerts: nobody hears about it.
     */
    @Test
    void aDocumentThatIsNoReportAlertsNobodyAndResolvesNothing() {
        Validation greeting = validation(finding("P-NOT-A-REPORT", "NOT_ASSESSABLE", "INFO", "fp-not-a-report"));
        Map<String, KnownAlert> known = Map.of("fp-balance", new KnownAlert("T3-BALANCE", AlertStatus.OPEN));
        AlertPolicy withUncertain = new AlertPolicy(Set.of("FAIL", "UNCERTAIN"), Set.of("ERROR", "WARNING"));

        assertThat(AlertDecisions.plan(greeting, true, known, AlertPolicy.DEFAULT))
                .isEqualTo(new AlertPlan(List.of(), List.of(), List.of(), List.of()));
        assertThat(AlertDecisions.plan(greeting, true, known, withUncertain))
                .isEqualTo(new AlertPlan(List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void aKnownFingerprintNeverOpensASecondAlertButTakesTheCurrentGrading() {
        Finding regraded = finding("T3-BALANCE", "FAIL", "WARNING", "fp-balance");

        assertThat(AlertDecisions.plan(validation(regraded), true, Map.of("fp-balance", new KnownAlert("T3-BALANCE", AlertStatus.OPEN)),
                AlertPolicy.DEFAULT)).isEqualTo(new AlertPlan(List.of(), List.of(), List.of(), List.of(regraded)));
    }

    @Test
    void theSameFingerprintTwiceInOneValidationIsOneAlert() {
        Finding balance = finding("T3-BALANCE", "FAIL", "ERROR", "fp-balance");

        assertThat(AlertDecisions.plan(validation(balance, balance), true, Map.of(), AlertPolicy.DEFAULT).opened())
                .containsExactly(balance);
    }

    @Test
    void aChangedValueIsANewAlertAndTheOldOneResolves() {
        Finding corrected = finding("T3-BALANCE", "FAIL", "ERROR", "fp-balance-18");

        AlertPlan plan = AlertDecisions.plan(validation(corrected), true,
                Map.of("fp-balance-17", new KnownAlert("T3-BALANCE", AlertStatus.OPEN)), AlertPolicy.DEFAULT);

        assertThat(plan.opened()).containsExactly(corrected);
        assertThat(plan.resolved()).containsExactly("fp-balance-17");
    }

    @Test
    void aFindingThatDisappearsFromAnAssessedRuleResolvesItsAlertOnce() {
        Map<String, KnownAlert> known = Map.of("fp-a", new KnownAlert("T3-BALANCE", AlertStatus.OPEN),
                "fp-b", new KnownAlert("T3-BALANCE", AlertStatus.RESOLVED));
        Validation corrected = validation(Map.of("T3-BALANCE", 1));

        assertThat(AlertDecisions.plan(corrected, true, known, AlertPolicy.DEFAULT))
                .isEqualTo(new AlertPlan(List.of(), List.of(), List.of("fp-a"), List.of()));
    }

    @Test
    void aRuleThatCouldNotBeAssessedLeavesItsAlertOpen() {
        Map<String, KnownAlert> known = Map.of("fp-a", new KnownAlert("T3-BALANCE", AlertStatus.OPEN));
        Validation unreadable = validation(finding("P-UNREADABLE", "NOT_ASSESSABLE", "ERROR", "fp-unreadable"));
        Validation truncated = validation(finding("T3-BALANCE", "NOT_ASSESSABLE", "ERROR", "fp-na"),
                finding("T3-BALANCE", "UNCERTAIN", "ERROR", "fp-uncertain"));

        assertThat(AlertDecisions.plan(unreadable, true, known, AlertPolicy.DEFAULT)).isEqualTo(AlertPlan.NOTHING);
        assertThat(AlertDecisions.plan(truncated, true, known, AlertPolicy.DEFAULT)).isEqualTo(AlertPlan.NOTHING);
    }

    @Test
    void aResolvedProblemThatComesBackIsReopenedNotReAlerted() {
        Validation v = validation(finding("T3-BALANCE", "FAIL", "ERROR", "fp-balance"));

        AlertPlan plan = AlertDecisions.plan(v, true, Map.of("fp-balance", new KnownAlert("T3-BALANCE", AlertStatus.RESOLVED)), AlertPolicy.DEFAULT);

        assertThat(plan.opened()).isEmpty();
        assertThat(plan.reopened()).containsExactly("fp-balance");
        assertThat(plan.refreshed()).containsExactlyElementsOf(v.findings());
    }

    @Test
    void aValidationOfASupersededSubmissionChangesNoAlert() {
        Validation v = validation(finding("T3-BALANCE", "FAIL", "ERROR", "fp-new"));

        assertThat(AlertDecisions.plan(v, false, Map.of("fp-a", new KnownAlert("T3-BALANCE", AlertStatus.OPEN)), AlertPolicy.DEFAULT))
                .isEqualTo(AlertPlan.NOTHING);
    }
}
