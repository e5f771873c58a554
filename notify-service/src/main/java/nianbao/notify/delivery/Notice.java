package nianbao.notify.delivery;

import java.util.List;

import nianbao.notify.alerts.Alert;
import nianbao.notify.routing.Supervisor;

/**
 * One message to one supervisor about one submission's alerts. {@code id} is stable across re-sends of the same
 * notice (the mail Message-ID and the webhook delivery id), so a receiver can drop the duplicate that the crash
 * window between sending and recording may produce. {@code earlierStillOpen} counts the alerts of the same agency and
 * year that this supervisor was told of before on this channel and that are still open and not dismissed: what the
 * notice adds to what the supervisor already knows.
 */
public record Notice(String id, NoticeKind kind, Supervisor supervisor, String submissionId, List<Alert> alerts,
                     int earlierStillOpen) {

    public Notice {
        alerts = List.copyOf(alerts);
        if (alerts.isEmpty()) {
            throw new IllegalArgumentException("a notice names at least one alert");
        }
    }

    public Alert first() {
        return alerts.get(0);
    }
}
