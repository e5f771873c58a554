package nianbao.notify.alerts;

import java.time.Instant;

import nianbao.notify.routing.Agency;

/** A problem in an agency's report for a year, identified by its finding's fingerprint. */
public record Alert(Agency agency, int reportYear, Finding finding, AlertStatus status, String openedSubmission,
                    Instant openedAt, String resolvedSubmission, Instant resolvedAt) {

    public String fingerprint() {
        return finding.fingerprint();
    }
}
