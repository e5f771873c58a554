package nianbao.notify.overview;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nianbao.notify.dashboard.Labels;
import nianbao.notify.dashboard.Page;
import nianbao.notify.directory.RegionNames;
import nianbao.notify.reports.ReportSummary;
import nianbao.notify.routing.Agency;

/** Every agency of a jurisdiction with the status of its report for one year: pure, for the overview page. */
public final class Overview {

    /** The counts at the top of the overview. */
    public record Counts(int agencies, int notSubmitted, int onTime, int late, int withOpenErrors) {
    }

    /** The overview's answer: the year, counts over all rows that pass the filters, and the requested page. */
    public record Result(int year, Counts counts, Page<OverviewRow> page) {
    }

    /** Filters (null or blank = any), sort key ({@code name, region, level, status, submitted, errors}) and order. */
    public record Query(String level, String regionPrefix, String status, String sort, boolean descending, int page,
                        int size) {
    }

    private static final Map<String, Comparator<OverviewRow>> SORTS = Map.of(
            "name", Comparator.comparing(OverviewRow::agencyName),
            "region", Comparator.comparing(OverviewRow::regionCode),
            "level", Comparator.comparing(OverviewRow::levelZh),
            "status", Comparator.comparing(OverviewRow::status),
            "submitted", Comparator.comparing(OverviewRow::submittedAt),
            "errors", Comparator.comparingInt(OverviewRow::openErrors));

    private Overview() {
    }

    /** One row per agency; {@code reports} holds the year's reports by agency id, {@code openErrors} their counts. */
    public static List<OverviewRow> rows(List<Agency> agencies, int year, Map<String, ReportSummary> reports,
                                         Map<String, Integer> openErrors, RegionNames regions) {
        return agencies.stream().map(agency -> {
            ReportSummary report = reports.get(agency.id());
            SubmissionStatus status = report == null ? SubmissionStatus.NOT_SUBMITTED
                    : Deadlines.onTime(report.firstSubmittedAt(), agency.level(), year) ? SubmissionStatus.ON_TIME
                    : SubmissionStatus.LATE;
            return new OverviewRow(agency.id(), agency.name(), agency.regionCode(),
                    regions.label(agency.regionCode()), agency.level(),
                    Labels.level(agency.level()), status, status.zh(), Deadlines.of(agency.level(), year).toString(),
                    report == null ? "" : Labels.time(report.firstSubmittedAt()),
                    report == null ? "" : report.verdict(), report == null ? "" : Labels.verdict(report.verdict()),
                    openErrors.getOrDefault(agency.id(), 0), report == null ? null : report.submissionId());
        }).toList();
    }

    public static Result answer(int year, List<OverviewRow> rows, Query query) {
        List<OverviewRow> kept = rows.stream()
                .filter(r -> blank(query.level()) || r.level().equals(query.level()))
                .filter(r -> blank(query.regionPrefix()) || r.regionCode().startsWith(query.regionPrefix()))
                .filter(r -> blank(query.status()) || r.status().name().equals(query.status()))
                .toList();
        Comparator<OverviewRow> order = blank(query.sort()) ? SORTS.get("region")
                : SORTS.getOrDefault(query.sort(), SORTS.get("region"));
        if (query.descending()) {
            order = order.reversed();
        }
        List<OverviewRow> sorted = kept.stream()
                .sorted(order.thenComparing(OverviewRow::regionCode).thenComparing(OverviewRow::agencyName))
                .toList();
        Counts counts = new Counts(kept.size(), count(kept, r -> r.status() == SubmissionStatus.NOT_SUBMITTED),
                count(kept, r -> r.status() == SubmissionStatus.ON_TIME),
                count(kept, r -> r.status() == SubmissionStatus.LATE), count(kept, r -> r.openErrors() > 0));
        return new Result(year, counts, Page.of(sorted, query.page(), query.size()));
    }

    private static int count(List<OverviewRow> rows, Function<OverviewRow, Boolean> which) {
        return (int) rows.stream().filter(which::apply).count();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
