package nianbao.notify.reports;

import java.util.List;

import nianbao.notify.alerts.Finding;
import nianbao.notify.dashboard.AlertRow;
import nianbao.notify.dashboard.AlertView;
import nianbao.notify.dashboard.FindingWords;
import nianbao.notify.dashboard.Labels;

/**
 * A finding on the report page, numbered as its highlights in the text are. {@code fingerprint} and {@code state} are
 * set when the finding has an alert (only alerts are reviewed), null otherwise.
 */
public record FindingCard(int number, String fingerprint, String severity, String severityZh, String outcomeZh,
                          String state, String stateZh, String messageZh, String messageEn,
                          List<FindingWords.OperandWords> operands, String expected, String actual, String quote,
                          AlertRow.ReviewWords review, String detail) {

    public static FindingCard of(int number, Finding f, AlertView alert) {
        AlertRow row = alert == null ? null : AlertRow.of(alert);
        return new FindingCard(number, row == null ? null : f.fingerprint(), f.severity(), Labels.severity(f.severity()),
                Labels.outcome(f.outcome()), row == null ? null : row.state(), row == null ? null : row.stateZh(),
                FindingWords.messageZh(f), FindingWords.messageEn(f), FindingWords.operands(f), f.expected(),
                f.actual(), f.quote(), row == null ? null : row.review(), FindingWords.detail(f));
    }
}
