package nianbao.validate.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import nianbao.events.ValidationTrigger;
import nianbao.validate.events.HistoryReplay;
import nianbao.validate.events.LatestReports;
import nianbao.validate.events.ReportChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Re-checks history with the current rule set: every agency's current report (the latest submission per year)
 * submitted at or after {@code nianbao.replay.from} is validated again and published as a new report-validated event
 * (trigger REPLAY, stamped with the current rule-set version). Findings that did not change keep their fingerprint,
 * so notify-service sends nothing for them. Run by {@code ./nianbao-replay}; the listener stays off meanwhile, so the
 * history of every partition is loaded first.
 */
@Component
@ConditionalOnProperty("nianbao.replay.from")
class Replay implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Replay.class);

    private final HistoryReplay history;
    private final LatestReports latest;
    private final ReportChecker checker;
    private final KafkaTemplate<String, ?> template;
    private final Instant from;
    private final int chunkSize;

    Replay(HistoryReplay history, LatestReports latest, ReportChecker checker,
           KafkaTemplate<String, ?> template, ReplayProperties replay) {
        this.chunkSize = replay.chunkSize();
        this.history = history;
        this.latest = latest;
        this.checker = checker;
        this.template = template;
        this.from = replay.fromInstant();
    }

    @Override
    public void run(ApplicationArguments args) {
        history.loadAll();
        List<LatestReports.Position> reports = latest.all().stream()
                .filter(r -> !r.submittedAt().isBefore(from))
                .sorted(Comparator.comparing(LatestReports.Position::submittedAt))
                .toList();
        // one transaction per chunk: bounded transactions (the broker's transaction timeout), progress, and a
        // resumable replay (each chunk is published whole or not at all)
        long started = System.nanoTime();
        for (int at = 0; at < reports.size(); at += chunkSize) {
            List<LatestReports.Position> chunk = reports.subList(at, Math.min(reports.size(), at + chunkSize));
            template.executeInTransaction(t -> {
                checker.publish(chunk, ValidationTrigger.REPLAY);
                return null;
            });
            int done = at + chunk.size();
            Instant resume = done < reports.size() ? reports.get(done).submittedAt() : null;
            log.info(new ReplayProgress(done, reports.size(), Duration.ofNanos(System.nanoTime() - started), resume).line());
        }
        log.info("replayed {} reports submitted since {}", reports.size(), from);
    }
}
