package nianbao.validate.replay;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import nianbao.events.ValidationTrigger;
import nianbao.validate.events.HistoryReplay;
import nianbao.validate.events.LatestReports;
import nianbao.validate.events.ReportArchive;
import nianbao.validate.events.ReportChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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
    private final ReportArchive archive;
    private final ReportChecker checker;
    private final KafkaTemplate<String, ?> template;
    private final Instant from;

    Replay(HistoryReplay history, LatestReports latest, ReportArchive archive, ReportChecker checker,
           KafkaTemplate<String, ?> template, @Value("${nianbao.replay.from}") String from) {
        this.history = history;
        this.latest = latest;
        this.archive = archive;
        this.checker = checker;
        this.template = template;
        this.from = "beginning".equals(from) ? Instant.EPOCH : Instant.parse(from);
    }

    @Override
    public void run(ApplicationArguments args) {
        history.loadAll();
        List<LatestReports.Position> reports = latest.all().stream()
                .filter(r -> !r.submittedAt().isBefore(from))
                .sorted(Comparator.comparing(LatestReports.Position::submittedAt))
                .toList();
        // one transaction: a replay is published whole or not at all
        template.executeInTransaction(t -> {
            reports.forEach(r -> checker.publish(archive.read(r), ValidationTrigger.REPLAY));
            return null;
        });
        log.info("replayed {} reports submitted since {}", reports.size(), from);
    }
}
