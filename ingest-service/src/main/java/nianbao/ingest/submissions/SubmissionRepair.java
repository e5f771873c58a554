package nianbao.ingest.submissions;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nianbao.events.ReportSubmitted;
import nianbao.events.SubmissionChannel;
import nianbao.ingest.intake.IntakeProperties;
import nianbao.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every committed {@code report-submitted} of this service gets its row: the publisher inserts the rows right after
 * its Kafka commit, and this consumer (its own group, read_committed) inserts any that are missing — after a crash or
 * a database failure between the two steps, or for events published before this consumer existed. Inserting is
 * idempotent, so for the usual event, already recorded, it changes nothing. Events of other channels (batch imports)
 * are not ingest's submissions and are left alone, as are records that cannot be read (parse-service dead-letters
 * them).
 */
@Component
class SubmissionRepair {

    private static final Logger log = LoggerFactory.getLogger(SubmissionRepair.class);

    private final SubmissionStore store;
    private final Clock clock;
    private final Duration grace;

    SubmissionRepair(SubmissionStore store, Clock clock,
                     IntakeProperties intake) {
        this.store = store;
        this.clock = clock;
        this.grace = intake.repairGrace();
    }

    @KafkaListener(topics = Topics.Names.REPORT_SUBMITTED,
            groupId = "${nianbao.intake.repair-consumer-group:ingest-service-repair}",
            containerFactory = SubmissionRepairConfiguration.CONTAINER_FACTORY,
            properties = "isolation.level=read_committed")
    void onSubmitted(List<ConsumerRecord<String, ReportSubmitted>> records) throws InterruptedException {
        // stay a little behind the publisher, whose own insert follows its commit within milliseconds: what is
        // missing after the grace is missing for a reason (and racing the publisher would only duplicate its work)
        long newest = records.stream().mapToLong(ConsumerRecord::timestamp).max().orElse(0);
        long wait = newest + grace.toMillis() - clock.millis();
        if (wait > 0) Thread.sleep(wait);
        List<ReportSubmitted> ours = records.stream()
                .filter(record -> record.value() != null)
                .map(ConsumerRecord::value)
                .filter(SubmissionRepair::submittedHere)
                .toList();
        if (ours.isEmpty()) return;
        int repaired = store.insertMissing(ours);
        if (repaired > 0) log.warn("recorded {} published submissions that had no row", repaired);
    }

    static boolean submittedHere(ReportSubmitted event) {
        if (event.getChannel() != SubmissionChannel.API && event.getChannel() != SubmissionChannel.PORTAL) return false;
        try {
            UUID.fromString(event.getSubmissionId());
            return true;
        } catch (IllegalArgumentException e) {
            log.warn("report-submitted with submission id {} is not one of ours; ignored", event.getSubmissionId());
            return false;
        }
    }
}
