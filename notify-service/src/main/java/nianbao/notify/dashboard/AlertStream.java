package nianbao.notify.dashboard;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import nianbao.notify.alerts.AlertsChanged;
import nianbao.notify.routing.Supervisor;

/** Live updates: each open dashboard gets an SSE event when alerts of an agency in its jurisdiction change. */
@RestController
class AlertStream {

    private record Subscriber(Supervisor supervisor, SseEmitter emitter) {
    }

    private final CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final CurrentSupervisor current;

    AlertStream(CurrentSupervisor current) {
        this.current = current;
    }

    @GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter subscribe(Principal principal) throws IOException {
        // no server-side timeout: the browser's EventSource reconnects if the connection drops
        SseEmitter emitter = new SseEmitter(0L);
        Subscriber subscriber = new Subscriber(current.of(principal), emitter);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        emitter.send(SseEmitter.event().name("ready").data("{}"));
        return emitter;
    }

    /** Ends open streams first, so that the server's graceful shutdown does not wait for them. */
    @EventListener(ContextClosedEvent.class)
    void onShutdown() {
        subscribers.forEach(subscriber -> subscriber.emitter().complete());
        subscribers.clear();
    }

    /** After the change committed, so a dashboard that reloads on the event sees it. */
    @TransactionalEventListener(fallbackExecution = true)
    void onAlertsChanged(AlertsChanged change) {
        Map<String, Object> data = Map.of("agencyId", change.agency().id(), "agencyName", change.agency().name(),
                "reportYear", change.reportYear(), "what", change.what());
        for (Subscriber subscriber : subscribers) {
            if (subscriber.supervisor().oversees(change.agency())) {
                try {
                    subscriber.emitter().send(SseEmitter.event().name("alerts").data(data, MediaType.APPLICATION_JSON));
                } catch (IOException | IllegalStateException e) {
                    subscribers.remove(subscriber);
                }
            }
        }
    }
}
