package nianbao.notify.dashboard;

import java.util.List;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.Finding;
import nianbao.notify.review.Review;

/**
 * One alert as the workspace lists it: everything in words and Beijing time; {@code fingerprint}, {@code state},
 * {@code severity} and {@code openedSubmission} are for the page's links and styles, {@code detail} is the only
 * line with internal ids.
 */
public record AlertRow(String fingerprint, String agencyName, String regionCode, String level, int reportYear,
                       String severity, String severityZh, String outcomeZh, String state, String stateZh,
                       String messageZh, String messageEn, List<FindingWords.OperandWords> operands, String quote,
                       String openedAt, String openedSubmission, ReviewWords review, String detail) {

    /** The latest review in words, or null. */
    public record ReviewWords(String decisionZh, String reviewer, String comment, String at) {
    }

    public static AlertRow of(AlertView view) {
        Alert alert = view.alert();
        Finding f = alert.finding();
        Review r = view.review();
        return new AlertRow(f.fingerprint(), alert.agency().name(), alert.agency().regionCode(),
                Labels.level(alert.agency().level()), alert.reportYear(), f.severity(), Labels.severity(f.severity()),
                Labels.outcome(f.outcome()), view.state().name(), Labels.state(view.state().name()),
                FindingWords.messageZh(f), FindingWords.messageEn(f), FindingWords.operands(f), f.quote(),
                Labels.time(alert.openedAt()), alert.openedSubmission(),
                r == null ? null : new ReviewWords(Labels.state(r.decision().name()), r.reviewerName(), r.comment(),
                        Labels.time(r.reviewedAt())),
                FindingWords.detail(f));
    }
}
