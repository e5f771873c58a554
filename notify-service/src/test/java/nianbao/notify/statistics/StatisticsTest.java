package nianbao.notify.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.AlertStatus;
import nianbao.notify.alerts.Finding;
import nianbao.notify.dashboard.AlertState;
import nianbao.notify.dashboard.AlertView;
import nianbao.notify.directory.RegionNames;
import nianbao.notify.reports.ReportSummary;
import nianbao.notify.routing.Agency;

class StatisticsTest {

    private static final Agency GOV = new Agency("gov", "区人民政府", "411102", "COUNTY_GOVERNMENT");
    private static final Agency EDU = new Agency("edu", "教育局", "411103", "COUNTY_DEPARTMENT");

    private static ReportSummary report(Agency agency, int year, String submitted, String verdict,
                                        Map<String, String> figures) {
        Instant at = Instant.parse(submitted);
        return new ReportSummary(agency, year, agency.id() + year, at, at, verdict, "V2021", "r", at, figures);
    }

    private static AlertView alert(Agency agency, int year, String rule, String severity, String fp, AlertState state) {
        Finding finding = new Finding(rule, "FAIL", severity, "f", List.of(), null, null, "T4[RV.TOTAL] 不符 " + fp,
                "en", "REPORT", null, fp);
        return new AlertView(new Alert(agency, year, finding, AlertStatus.OPEN, "s", Instant.EPOCH, null, null),
                null, state);
    }

    @Test
    void countsReportsAndViolationsByYearRuleLevelAndRegionAndSumsTheHeadlineCells() {
        List<ReportSummary> reports = List.of(
                report(GOV, 2021, "2022-03-01T02:00:00Z", "PASS", Map.of("T3[R1][TOT]", "10", "T4[RV.TOTAL]", "0")),
                report(GOV, 2022, "2023-03-10T02:00:00Z", "FAIL", Map.of("T3[R1][TOT]", "16", "T4[RV.TOTAL]", "2.5")),
                report(EDU, 2022, "2023-02-15T02:00:00Z", "FAIL", Map.of("T3[R1][TOT]", "5", "T4[RV.TOTAL]", "未填")));
        List<AlertView> alerts = List.of(
                alert(GOV, 2022, "T4-REVIEW-TOTAL", "ERROR", "a", AlertState.OPEN),
                alert(EDU, 2022, "T4-REVIEW-TOTAL", "ERROR", "b", AlertState.CONFIRMED),
                alert(EDU, 2022, "T3-CARRY-OVER", "WARNING", "c", AlertState.RESOLVED),
                alert(EDU, 2022, "S-TITLE", "WARNING", "d", AlertState.DISMISSED));

        // the directory names 411102 (a government of that code), not 411103
        Statistics.Result result = Statistics.of(2021, 2022, reports, alerts,
                new RegionNames(Map.of("411102", "平顶山市卫东区")));

        assertThat(result.byYear()).containsExactly(new Statistics.YearRow(2021, 1, 1, 0, 0, 0, 0),
                new Statistics.YearRow(2022, 2, 1, 1, 2, 2, 1));
        assertThat(result.topRules()).containsExactly(
                new Statistics.RuleRow("T4-REVIEW-TOTAL", "表四：行政复议各项之和＝总计", "错误", 2, 2, "表四“行政复议·总计” 不符 a"),
                new Statistics.RuleRow("T3-CARRY-OVER", "规则 T3-CARRY-OVER", "警告", 1, 1, "表四“行政复议·总计” 不符 c"));
        assertThat(result.byLevel()).containsExactly(
                new Statistics.GroupRow("COUNTY_DEPARTMENT", "县级政府部门", 1, 1, 2),
                new Statistics.GroupRow("COUNTY_GOVERNMENT", "县级人民政府", 2, 1, 1));
        assertThat(result.byRegion()).extracting(Statistics.GroupRow::label)
                .containsExactly("平顶山市卫东区", "地区 411103");
        assertThat(result.sums().get(0)).isEqualTo(new Statistics.Sum("T3[R1][TOT]", "本年新收申请",
                "applications received", List.of(new BigDecimal("10"), new BigDecimal("21"))));
        // a figure that is no number is left out of the sum; a cell no report carries sums to nothing
        assertThat(result.sums().get(4).values()).containsExactly(new BigDecimal("0"), new BigDecimal("2.5"));
        assertThat(result.sums().get(1).values()).isEqualTo(Arrays.asList(null, null));
    }
}
