package nianbao.notify.delivery;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.AlertStore;
import nianbao.notify.routing.Supervisor;
import nianbao.notify.routing.SupervisorDirectory;
import nianbao.report.Sha256;

/**
 * Sends due outbox rows, one message per (channel, kind, supervisor, submission), on its own thread.
 *
 * <p>Each notice is claimed first (a lease on its rows, committed at once), then sent outside any database
 * transaction, then marked sent in a statement of its own right after the receiver accepted it. A crash therefore
 * re-sends at most the one notice that was between its send and its mark, once its lease has run out, and with the
 * same notice id (mail Message-ID, webhook delivery header) so the receiver can recognise it. Marking before sending
 * would lose the notice in that window instead, which is worse for a supervisor. Another dispatcher (another
 * instance, or this one's next pass) never takes a notice whose lease holds; the lease must therefore outlast one
 * send, whose SMTP and HTTP time-outs are bounded.
 *
 * <p>{@link #wake()} only schedules a pass: the Kafka consumer thread that stored a validation never sends. A clean
 * stop lets the send in flight finish and claims nothing more.
 */
@Service
public class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final DeliveryOutbox outbox;
    private final AlertStore alerts;
    private final SupervisorDirectory directory;
    private final Map<Channel, NoticeSender> senders;
    private final RetryBackOff backOff;
    private final Clock clock;
    private final Duration lease;
    private final String claimant;
    private final AtomicBoolean passRequested = new AtomicBoolean();
    private volatile ExecutorService executor;
    private volatile boolean stopping;

    public DeliveryDispatcher(DeliveryOutbox outbox, AlertStore alerts, SupervisorDirectory directory,
                              List<NoticeSender> senders, RetryBackOff backOff, Clock clock,
                              DeliveryProperties delivery) {
        this.outbox = outbox;
        this.alerts = alerts;
        this.directory = directory;
        this.senders = senders.stream().collect(Collectors.toMap(NoticeSender::channel, Function.identity()));
        this.backOff = backOff;
        this.clock = clock;
        this.lease = delivery.lease();
        // pid@host, and which dispatcher of this JVM: shown in the claimed_by column while a lease holds
        this.claimant = ManagementFactory.getRuntimeMXBean().getName() + "#" + INSTANCES.incrementAndGet();
    }

    /** Asks for a pass on the dispatcher's thread; a request while one is pending is folded into it. */
    public void wake() {
        ExecutorService running = executor;
        if (running == null || !passRequested.compareAndSet(false, true)) {
            return;
        }
        try {
            running.execute(this::pass);
        } catch (RejectedExecutionException stopped) {
            passRequested.set(false);
        }
    }

    @Scheduled(fixedDelayString = "${nianbao.delivery.poll-interval:PT5S}")
    void poll() {
        wake();
    }

    private void pass() {
        passRequested.set(false);
        try {
            drain();
        } catch (RuntimeException e) {
            // the database is unreachable: the rows stay in the outbox for the next pass
            log.warn("delivery pass stopped: {}", e.toString());
        }
    }

    /**
     * Claims, sends and marks due notices one at a time until none is left or the dispatcher stops.
     *
     * @return how many notices were sent
     */
    int drain() {
        int sent = 0;
        while (!stopping) {
            Instant now = clock.instant();
            List<PendingDelivery> rows = outbox.claimNext(claimant, now, now.plus(lease));
            if (rows.isEmpty()) {
                if (outbox.anyDue(now)) {
                    continue; // another dispatcher took the notice we aimed at; there is more
                }
                return sent;
            }
            sent += deliver(rows.get(0).group(), rows) ? 1 : 0;
        }
        return sent;
    }

    private boolean deliver(PendingDelivery.Group group, List<PendingDelivery> rows) {
        List<Long> ids = rows.stream().map(PendingDelivery::id).toList();
        String noticeId;
        try {
            Supervisor supervisor = directory.byUsername(group.supervisor()).orElseThrow(
                    () -> new IllegalStateException("supervisor " + group.supervisor() + " is no longer configured"));
            NoticeSender sender = Optional.ofNullable(senders.get(group.channel())).orElseThrow(
                    () -> new IllegalStateException("no sender for " + group.channel()));
            List<String> fingerprints = rows.stream().map(PendingDelivery::fingerprint).toList();
            List<Alert> named = alerts.byFingerprints(fingerprints);
            Alert first = named.get(0);
            int earlierStillOpen = outbox.earlierStillOpen(group.channel(), group.supervisor(), first.agency().id(),
                    first.reportYear(), fingerprints);
            noticeId = noticeId(group, named);
            sender.send(new Notice(noticeId, group.kind(), supervisor, group.submissionId(), named, earlierStillOpen));
        } catch (Exception e) {
            int attempts = rows.stream().mapToInt(PendingDelivery::attempts).max().orElse(0) + 1;
            Instant next = clock.instant().plus(backOff.delayAfter(attempts));
            log.warn("{} {} to {} for submission {} failed (attempt {}), next at {}: {}", group.channel(),
                    group.kind(), group.supervisor(), group.submissionId(), attempts, next, e.toString());
            outbox.markFailed(ids, e.toString(), next);
            return false;
        }
        outbox.markSent(ids, clock.instant());
        log.info("{} {} {} to {} for submission {} sent", group.channel(), group.kind(), noticeId, group.supervisor(),
                group.submissionId());
        return true;
    }

    /**
     * The notice's id: a digest of the keys of the outbox rows it carries (kind, supervisor, submission, fingerprints;
     * the rows are unique on them per channel), so every send of the same rows, before and after a crash, has it.
     */
    static String noticeId(PendingDelivery.Group group, List<Alert> named) {
        StringBuilder key = new StringBuilder()
                .append(group.kind()).append('|').append(group.supervisor()).append('|').append(group.submissionId());
        named.stream().map(Alert::fingerprint).sorted().forEach(fp -> key.append('|').append(fp));
        return HexFormat.of().formatHex(Sha256.digest(key.toString().getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    @Override
    public void start() {
        stopping = false;
        executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "delivery-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        wake();
    }

    /** Claims nothing more and waits (bounded) for the send in flight to be marked. */
    @Override
    public void stop() {
        ExecutorService running = executor;
        executor = null;
        stopping = true;
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("a delivery was still being sent after {}; it is sent again once its lease has run out",
                        STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
