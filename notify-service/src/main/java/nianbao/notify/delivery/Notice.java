package nianbao.notify.delivery;

import java.util.List;

import nianbao.notify.alerts.Alert;
import nianbao.notify.routing.Supervisor;

/**
 * One message to one supervisor about one submission's alerts. {@code id} is stable across re-sends of the same
 * notice (the mail Message-ID and the webhook delivery id), so a receiver can drop the duplicate that the crash
 * window between sending and recording may produce.
 */
public record Notice(String id, NoticeKind kind, Supervisor supervisor, String submissionId, List<Alert> alerts) {

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
