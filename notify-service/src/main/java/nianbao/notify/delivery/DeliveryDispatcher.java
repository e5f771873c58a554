package nianbao.notify.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.AlertStore;
import nianbao.notify.routing.Supervisor;
import nianbao.notify.routing.SupervisorDirectory;

/**
 * Sends due outbox rows, one message per (channel, kind, supervisor, submission), and records the result.
 *
 * <p>Crash window: a row is marked sent in the transaction that holds its lock, after the receiver accepted the
 * message. A crash between the two leaves the row pending and it is sent again on restart: at-least-once, with the
 * same notice id (mail Message-ID, webhook delivery header), so a receiver can drop the duplicate. Marking before
 * sending would instead lose the notice in that window, which is worse for a supervisor.
 */
@Service
public class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    private static final int BATCH = 500;

    private final DeliveryOutbox outbox;
    private final AlertStore alerts;
    private final SupervisorDirectory directory;
    private final Map<Channel, NoticeSender> senders;
    private final RetryBackOff backOff;
    private final Clock clock;

    public DeliveryDispatcher(DeliveryOutbox outbox, AlertStore alerts, SupervisorDirectory directory,
                              List<NoticeSender> senders, RetryBackOff backOff, Clock clock) {
        this.outbox = outbox;
        this.alerts = alerts;
        this.directory = directory;
        this.senders = senders.stream().collect(Collectors.toMap(NoticeSender::channel, Function.identity()));
        this.backOff = backOff;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${nianbao.delivery.poll-interval:PT5S}")
    @Transactional
    public void dispatchDue() {
        Map<PendingDelivery.Group, List<PendingDelivery>> groups = outbox.lockDue(clock.instant(), BATCH).stream()
                .collect(Collectors.groupingBy(PendingDelivery::group, LinkedHashMap::new, Collectors.toList()));
        groups.forEach(this::deliver);
    }

    private void deliver(PendingDelivery.Group group, List<PendingDelivery> rows) {
        List<Long> ids = rows.stream().map(PendingDelivery::id).toList();
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
            sender.send(new Notice(noticeId(group, named), group.kind(), supervisor, group.submissionId(), named,
                    earlierStillOpen));
            outbox.markSent(ids, clock.instant());
        } catch (Exception e) {
            int attempts = rows.stream().mapToInt(PendingDelivery::attempts).max().orElse(0) + 1;
            Instant next = clock.instant().plus(backOff.delayAfter(attempts));
            log.warn("{} {} to {} for submission {} failed (attempt {}), next at {}: {}", group.channel(),
                    group.kind(), group.supervisor(), group.submissionId(), attempts, next, e.toString());
            outbox.markFailed(ids, e.toString(), next);
        }
    }

    static String noticeId(PendingDelivery.Group group, List<Alert> named) {
        StringBuilder key = new StringBuilder()
                .append(group.kind()).append('|').append(group.supervisor()).append('|').append(group.submissionId());
        named.stream().map(Alert::fingerprint).sorted().forEach(fp -> key.append('|').append(fp));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
