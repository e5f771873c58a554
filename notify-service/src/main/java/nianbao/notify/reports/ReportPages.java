package nianbao.notify.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.AlertStore;
import nianbao.notify.alerts.Finding;
import nianbao.notify.alerts.Operand;
import nianbao.notify.dashboard.AlertBoard;
import nianbao.notify.dashboard.AlertView;
import nianbao.notify.dashboard.FindingWords;
import nianbao.notify.dashboard.Labels;
import nianbao.notify.directory.AgencyDirectory;
import nianbao.notify.history.Timeline;
import nianbao.notify.mail.Severities;

/** Puts together the page of one submission from the stored validation, findings, alerts, text and history. */
@Service
class ReportPages {

    private final ReportStore reports;
    private final ReportTexts texts;
    private final AlertStore alerts;
    private final AlertBoard board;
    private final Timeline timeline;
    private final AgencyDirectory directory;

    ReportPages(ReportStore reports, ReportTexts texts, AlertStore alerts, AlertBoard board, Timeline timeline,
                AgencyDirectory directory) {
        this.directory = directory;
        this.reports = reports;
        this.texts = texts;
        this.alerts = alerts;
        this.board = board;
        this.timeline = timeline;
    }

    Optional<ReportSummary> summary(String submissionId) {
        return reports.ofSubmission(submissionId);
    }

    ReportPage page(ReportSummary report) {
        List<Finding> shown = reports.findings(report).stream()
                .sorted(Comparator.comparingInt((Finding f) -> Severities.rank(f.severity()))
                        .thenComparing(f -> !f.outcome().equals("FAIL")).thenComparing(Finding::ruleId))
                .toList();
        Map<String, AlertView> alertViews = board.withReviews(alerts.byFingerprints(
                        shown.stream().map(Finding::fingerprint).toList())).stream()
                .collect(Collectors.toMap(AlertView::fingerprint, Function.identity()));
        List<FindingCard> cards = new ArrayList<>();
        List<Highlights.Mark> marks = new ArrayList<>();
        for (Finding f : shown) {
            int number = cards.size() + 1;
            cards.add(FindingCard.of(number, f, alertViews.get(f.fingerprint())));
            for (Operand o : f.operands()) {
                marks.add(new Highlights.Mark(o.line(), o.column(), o.endLine(), o.endColumn(), o.raw(), number,
                        f.severity()));
            }
        }
        List<Highlights.Line> lines = texts.of(report.submissionId()).map(text -> Highlights.of(text, marks)).orElse(null);
        return new ReportPage(report.submissionId(), report.agency().id(), report.agency().name(),
                report.agency().regionCode(), directory.regionNames().label(report.agency().regionCode()),
                Labels.level(report.agency().level()), report.reportYear(),
                Labels.time(report.submittedAt()), Labels.time(report.validatedAt()), report.verdict(),
                Labels.verdict(report.verdict()), Labels.format(report.formatVersion()), report.ruleSetVersion(),
                reports.passedChecks(report), cards, lines, history(report), HeadlineCells.ALL, years(report));
    }

    private List<HistoryWords.Entry> history(ReportSummary report) {
        Map<String, String> messages = alerts.search(report.agency().id(), report.reportYear(), null, null, null)
                .stream().collect(Collectors.toMap(Alert::fingerprint, a -> FindingWords.messageZh(a.finding())));
        return timeline.of(report.agency().id()).stream()
                .filter(entry -> entry.reportYear() == report.reportYear())
                .map(entry -> HistoryWords.of(entry, messages))
                .toList();
    }

    private List<ReportPage.YearFigures> years(ReportSummary report) {
        // every year the agency reported
        return reports.latest(List.of(report.agency().id()), 0, Integer.MAX_VALUE).stream()
                .map(r -> new ReportPage.YearFigures(r.reportYear(), r.submissionId(), Labels.time(r.submittedAt()),
                        Labels.verdict(r.verdict()), HeadlineCells.ALL.stream()
                        .map(cell -> r.keyFigures().getOrDefault(cell.id(), "")).toList()))
                .toList();
    }
}
