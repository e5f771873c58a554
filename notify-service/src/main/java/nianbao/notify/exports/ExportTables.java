package nianbao.notify.exports;

import java.util.ArrayList;
import java.util.List;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.Finding;
import nianbao.notify.dashboard.AlertView;
import nianbao.notify.dashboard.FindingWords;
import nianbao.notify.dashboard.Labels;
import nianbao.notify.directory.RegionNames;
import nianbao.notify.overview.Deadlines;
import nianbao.notify.reports.HeadlineCells;
import nianbao.notify.reports.ReportSummary;

/**
 * The workspace's exports as tables: words and Beijing time as on the screens, figures as numbers; each agency's region
 * by name (from the directory) beside its 6-digit code.
 */
public final class ExportTables {

    private ExportTables() {
    }

    /** Every alert (problem found) of the range, with its state and latest review. */
    public static ExportTable findings(List<AlertView> views, RegionNames regions) {
        List<String> headers = List.of("机关", "地区", "行政区划代码", "层级", "报告年度", "严重程度", "结果", "状态", "问题说明",
                "数据", "原文", "审核意见", "审核人", "首次发现（北京时间）", "规则编号");
        List<List<Object>> rows = new ArrayList<>();
        for (AlertView view : views) {
            Alert a = view.alert();
            Finding f = a.finding();
            List<Object> row = new ArrayList<>(List.of(a.agency().name(), regions.label(a.agency().regionCode()),
                    a.agency().regionCode(), Labels.level(a.agency().level()), a.reportYear(), Labels.severity(f.severity()),
                    Labels.outcome(f.outcome()), Labels.state(view.state().name()), FindingWords.messageZh(f),
                    FindingWords.operandsLine(f)));
            row.add(f.quote());
            row.add(view.review() == null ? null : view.review().comment());
            row.add(view.review() == null ? null : view.review().reviewerName());
            row.add(Labels.time(a.openedAt()));
            row.add(f.ruleId());
            rows.add(row);
        }
        return new ExportTable("问题清单", headers, rows);
    }

    /** The headline cells of each agency's report per year; a figure not read stays empty. */
    public static ExportTable headlines(List<ReportSummary> reports, RegionNames regions) {
        List<String> headers = new ArrayList<>(List.of("机关", "地区", "行政区划代码", "层级", "报告年度", "首次提交（北京时间）",
                "是否按时", "结论"));
        HeadlineCells.ALL.forEach(cell -> headers.add(cell.zh()));
        List<List<Object>> rows = new ArrayList<>();
        for (ReportSummary r : reports) {
            List<Object> row = new ArrayList<>(List.of(r.agency().name(), regions.label(r.agency().regionCode()),
                    r.agency().regionCode(), Labels.level(r.agency().level()), r.reportYear(), Labels.time(r.firstSubmittedAt()),
                    Deadlines.onTime(r.firstSubmittedAt(), r.agency().level(), r.reportYear()) ? "按时" : "逾期",
                    Labels.verdict(r.verdict())));
            HeadlineCells.ALL.forEach(cell -> row.add(HeadlineCells.number(r.keyFigures(), cell.id())));
            rows.add(row);
        }
        return new ExportTable("主要数据", headers, rows);
    }
}
