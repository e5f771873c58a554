package nianbao.notify.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nianbao.notify.directory.RegionNames;
import nianbao.notify.reports.ReportSummary;
import nianbao.notify.routing.Agency;

class OverviewTest {

    private static final Agency DEPARTMENT = new Agency("edu", "教育局", "411103", "COUNTY_DEPARTMENT");
    private static final Agency GOVERNMENT = new Agency("gov", "区人民政府", "411102", "COUNTY_GOVERNMENT");
    private static final Agency STREET = new Agency("street", "街道办事处", "411104", "TOWNSHIP");

    private static ReportSummary report(Agency agency, String firstSubmitted, String verdict) {
        Instant at = Instant.parse(firstSubmitted);
        return new ReportSummary(agency, 2022, agency.id() + "-s", at, at, verdict, "V2021", "r", at, Map.of());
    }

    @Test
    void departmentsAreDueEndOfJanuaryGovernmentsAndStreetsEndOfMarchInBeijingTime() {
        assertThat(Deadlines.of("MINISTRY", 2022)).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(Deadlines.of("CITY_DEPARTMENT", 2022)).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(Deadlines.of("PROVINCIAL_GOVERNMENT", 2022)).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(Deadlines.of("TOWNSHIP", 2022)).isEqualTo(LocalDate.of(2023, 3, 31));
        // 23:59 on 31 January in Beijing is 15:59 UTC; 16:00 UTC is already 1 February
        assertThat(Deadlines.onTime(Instant.parse("2023-01-31T15:59:00Z"), "COUNTY_DEPARTMENT", 2022)).isTrue();
        assertThat(Deadlines.onTime(Instant.parse("2023-01-31T16:00:00Z"), "COUNTY_DEPARTMENT", 2022)).isFalse();
    }

    @Test
    void everyAgencyHasAStatusAndTheCountsFollowTheFilters() {
        List<OverviewRow> rows = Overview.rows(List.of(GOVERNMENT, DEPARTMENT, STREET), 2022,
                Map.of("gov", report(GOVERNMENT, "2023-03-10T02:00:00Z", "FAIL"),
                        "edu", report(DEPARTMENT, "2023-02-15T02:00:00Z", "PASS")),
                Map.of("gov", 2), new RegionNames(Map.of("411102", "平顶山市卫东区")));
        assertThat(rows).extracting(OverviewRow::status).containsExactly(SubmissionStatus.ON_TIME,
                SubmissionStatus.LATE, SubmissionStatus.NOT_SUBMITTED);
        assertThat(rows.get(0)).isEqualTo(new OverviewRow("gov", "区人民政府", "411102", "平顶山市卫东区", "COUNTY_GOVERNMENT",
                "县级人民政府", SubmissionStatus.ON_TIME, "按时提交", "2023-03-31", "2023-03-10 10:00", "FAIL", "发现问题",
                2, "gov-s"));
        assertThat(rows.get(2).submissionId()).isNull();
        assertThat(rows.get(2).regionName()).isEqualTo("地区 411104");

        Overview.Result all = Overview.answer(2022, rows, new Overview.Query(null, null, null, "errors", true, 0, 2));
        assertThat(all.counts()).isEqualTo(new Overview.Counts(3, 1, 1, 1, 1));
        assertThat(all.page().items()).extracting(OverviewRow::agencyId).containsExactly("gov", "edu");
        assertThat(all.page().total()).isEqualTo(3);

        Overview.Result byName = Overview.answer(2022, rows, new Overview.Query(null, "4111", null, "name", false, 0, 20));
        assertThat(byName.page().items()).extracting(OverviewRow::agencyName).containsExactly("区人民政府", "教育局", "街道办事处");
        Overview.Result departments = Overview.answer(2022, rows,
                new Overview.Query("COUNTY_DEPARTMENT", null, null, "region", false, 0, 20));
        assertThat(departments.counts()).isEqualTo(new Overview.Counts(1, 0, 0, 1, 0));
        assertThat(Overview.answer(2022, rows, new Overview.Query(null, "4112", null, null, false, 0, 20)).counts())
                .isEqualTo(new Overview.Counts(0, 0, 0, 0, 0));
        assertThat(Overview.answer(2022, rows, new Overview.Query(null, null, "NOT_SUBMITTED", null, false, 0, 20))
                .page().items()).extracting(OverviewRow::agencyId).containsExactly("street");
    }
}
