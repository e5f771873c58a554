package nianbao.notify.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.AlertStatus;
import nianbao.notify.alerts.Finding;
import nianbao.notify.review.Decision;
import nianbao.notify.review.Review;
import nianbao.notify.routing.Agency;

class AgencySummaryTest {

    private static final Agency LONGTING = new Agency("longting-gov-office", "龙亭区人民政府办公室", "410202", "COUNTY_DEPARTMENT");
    private static final Agency KUNWU = new Agency("kunwu-office", "昆吾街道办事处", "410971", "TOWNSHIP");

    private static AlertView view(Agency agency, String fp, AlertStatus status, Decision decision) {
        Finding f = new Finding("T3-BALANCE", "FAIL", "ERROR", "f", List.of(), null, null, "zh", "en", "REPORT", null, fp);
        Alert alert = new Alert(agency, 2022, f, status, "s1", Instant.EPOCH, null, null);
        Review review = decision == null ? null : new Review(fp, decision, "c", "kaifeng-gongkai", "name", Instant.EPOCH);
        return new AlertView(alert, review, AlertState.of(status, review));
    }

    @Test
    void resolutionWinsOverReviewAndTheLatestReviewCounts() {
        assertThat(AlertState.of(AlertStatus.RESOLVED, new Review("fp", Decision.CONFIRMED, "c", "r", "name", Instant.EPOCH)))
                .isEqualTo(AlertState.RESOLVED);
        assertThat(AlertState.of(AlertStatus.OPEN, null)).isEqualTo(AlertState.OPEN);
    }

    @Test
    void countsEachAgencysAlertsByState() {
        List<AgencySummary> summaries = AgencySummary.of(List.of(
                view(LONGTING, "a", AlertStatus.OPEN, null),
                view(LONGTING, "b", AlertStatus.OPEN, Decision.CONFIRMED),
                view(KUNWU, "c", AlertStatus.OPEN, Decision.DISMISSED),
                view(LONGTING, "d", AlertStatus.RESOLVED, Decision.DISMISSED),
                view(LONGTING, "e", AlertStatus.OPEN, null)));

        assertThat(summaries).containsExactly(
                new AgencySummary("longting-gov-office", "龙亭区人民政府办公室", 2, 1, 0, 1),
                new AgencySummary("kunwu-office", "昆吾街道办事处", 0, 0, 1, 0));
    }
}
