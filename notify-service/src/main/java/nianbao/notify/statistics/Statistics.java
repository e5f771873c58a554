package nianbao.notify.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import nianbao.notify.dashboard.AlertState;
import nianbao.notify.dashboard.AlertView;
import nianbao.notify.dashboard.FindingWords;
import nianbao.notify.dashboard.Labels;
import nianbao.notify.directory.RegionNames;
import nianbao.notify.overview.Deadlines;
import nianbao.notify.reports.HeadlineCells;
import nianbao.notify.reports.ReportSummary;
import nianbao.report.RuleTitles;

/**
 * The figures of the statistics page for a jurisdiction and a range of report years, pure. A report is an agency's
 * newest submission for a year; a violation is an alert (a FAIL finding that alerts) that no supervisor dismissed.
 */
public final class Statistics {

    /** One report year: reports received, on time and late, reports whose verdict found problems, violations. */
    public record YearRow(int year, int reports, int onTime, int late, int withProblems, int errors, int warnings) {
    }

    /** A rule (its title for people, its id for a detail line) and how often it was violated: alerts, reports. */
    public record RuleRow(String ruleId, String titleZh, String severityZh, int violations, int reports,
                          String example) {
    }

    /** Reports and violations of one group (a level or a region code), with what people read for it. */
    public record GroupRow(String key, String label, int reports, int withProblems, int violations) {
    }

    /** A headline cell summed over the jurisdiction's reports, year by year (null where no report had it). */
    public record Sum(String cellId, String zh, String en, List<BigDecimal> values) {
    }

    /** The statistics page's answer. */
    public record Result(int fromYear, int toYear, List<YearRow> byYear, List<RuleRow> topRules,
                         List<GroupRow> byLevel, List<GroupRow> byRegion, List<Sum> sums) {
    }

    private static final int TOP_RULES = 10;

    private Statistics() {
    }

    public static Result of(int fromYear, int toYear, List<ReportSummary> reports, List<AlertView> alerts,
                            RegionNames regions) {
        List<AlertView> violations = alerts.stream().filter(v -> v.state() != AlertState.DISMISSED).toList();
        List<YearRow> byYear = new ArrayList<>();
        List<Sum> sums = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            int y = year;
            List<ReportSummary> ofYear = reports.stream().filter(r -> r.reportYear() == y).toList();
            List<AlertView> violationsOfYear = violations.stream().filter(v -> v.alert().reportYear() == y).toList();
            int onTime = (int) ofYear.stream()
                    .filter(r -> Deadlines.onTime(r.firstSubmittedAt(), r.agency().level(), y)).count();
            byYear.add(new YearRow(y, ofYear.size(), onTime, ofYear.size() - onTime,
                    (int) ofYear.stream().filter(r -> r.verdict().equals("FAIL")).count(),
                    severity(violationsOfYear, "ERROR"), severity(violationsOfYear, "WARNING")));
        }
        for (HeadlineCells.Cell cell : HeadlineCells.ALL) {
            List<BigDecimal> values = new ArrayList<>();
            for (int year = fromYear; year <= toYear; year++) {
                int y = year;
                values.add(reports.stream().filter(r -> r.reportYear() == y)
                        .map(r -> HeadlineCells.number(r.keyFigures(), cell.id()))
                        .filter(v -> v != null).reduce(BigDecimal::add).orElse(null));
            }
            sums.add(new Sum(cell.id(), cell.zh(), cell.en(), values));
        }
        return new Result(fromYear, toYear, byYear, topRules(violations),
                groups(reports, violations, r -> r.agency().level(), Labels::level),
                groups(reports, violations, r -> r.agency().regionCode(), regions::label), sums);
    }

    private static int severity(List<AlertView> views, String severity) {
        return (int) views.stream().filter(v -> v.alert().finding().severity().equals(severity)).count();
    }

    private static List<RuleRow> topRules(List<AlertView> violations) {
        Map<String, List<AlertView>> byRule = new TreeMap<>();
        violations.forEach(v -> byRule.computeIfAbsent(v.alert().finding().ruleId(), k -> new ArrayList<>()).add(v));
        return byRule.entrySet().stream()
                .map(e -> new RuleRow(e.getKey(), RuleTitles.zh(e.getKey()), Labels.severity(e.getValue().get(0).alert().finding().severity()),
                        e.getValue().size(),
                        (int) e.getValue().stream().map(v -> v.alert().agency().id() + "@" + v.alert().reportYear())
                                .distinct().count(),
                        FindingWords.messageZh(e.getValue().get(0).alert().finding())))
                .sorted(Comparator.comparingInt(RuleRow::violations).reversed().thenComparing(RuleRow::ruleId))
                .limit(TOP_RULES)
                .toList();
    }

    private static List<GroupRow> groups(List<ReportSummary> reports, List<AlertView> violations,
                                         Function<ReportSummary, String> key, Function<String, String> label) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        reports.stream().sorted(Comparator.comparing(key)).forEach(r -> {
            int[] c = counts.computeIfAbsent(key.apply(r), k -> new int[3]);
            c[0]++;
            if (r.verdict().equals("FAIL")) {
                c[1]++;
            }
        });
        Map<String, String> keyOfAgency = new LinkedHashMap<>();
        reports.forEach(r -> keyOfAgency.put(r.agency().id(), key.apply(r)));
        violations.forEach(v -> {
            String k = keyOfAgency.get(v.alert().agency().id());
            if (k != null && counts.containsKey(k)) {
                counts.get(k)[2]++;
            }
        });
        return counts.entrySet().stream()
                .map(e -> new GroupRow(e.getKey(), label.apply(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2]))
                .toList();
    }
}
