package nianbao.ingest.submissions;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.StreamSupport;
import nianbao.events.ReportSubmitted;
import nianbao.schemas.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Before the web server opens, records the submissions this service published but had not recorded when it stopped
 * (killed between its Kafka commit and its insert). The repair consumer would record them too, but only after its
 * grace; an agency whose upload got no answer sends it again at once, and without the row that retry would be
 * published a second time under a new id. So at start-up the events from the repair group's committed position to the
 * end of report-submitted are read and their missing rows inserted, bounded in time: a broker that cannot be reached
 * delays the start by at most {@link #PATIENCE}, after which the repair consumer catches up as usual.
 */
@Component
class StartupRepair implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StartupRepair.class);
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ConsumerFactory<String, ReportSubmitted> consumers;
    private final SubmissionStore store;
    private final String repairGroup;
    private volatile boolean running;

    StartupRepair(ConsumerFactory<String, ReportSubmitted> consumers, SubmissionStore store,
                  @Value("${nianbao.intake.repair-consumer-group:ingest-service-repair}") String repairGroup) {
        this.consumers = consumers;
        this.store = store;
        this.repairGroup = repairGroup;
    }

    @Override
    public void start() {
        running = true;
        Instant giveUp = Instant.now().plus(PATIENCE);
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // the group's id only to read its committed positions: partitions are assigned, never subscribed or committed
        try (Consumer<String, ReportSubmitted> consumer = consumers.createConsumer(repairGroup, "-startup", null, overrides)) {
            int repaired = catchUp(consumer, giveUp);
            if (repaired > 0) log.warn("recorded {} published submissions that had no row before opening", repaired);
        } catch (KafkaException e) {
            log.warn("could not read report-submitted before opening ({}); the repair consumer will record what is missing",
                    e.getMessage());
        }
    }

    private int catchUp(Consumer<String, ReportSubmitted> consumer, Instant giveUp) {
        Set<TopicPartition> partitions = new HashSet<>();
        consumer.partitionsFor(Topics.Names.REPORT_SUBMITTED, left(giveUp))
                .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        consumer.assign(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(partitions, left(giveUp));
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata position = committed.get(partition);
            if (position == null) consumer.seekToBeginning(List.of(partition));
            else consumer.seek(partition, position.offset());
        }
        // for read_committed the end is the last stable offset: a transaction still open was not answered 202
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, left(giveUp));
        Set<TopicPartition> behind = new HashSet<>(partitions);
        int repaired = 0;
        while (true) {
            behind.removeIf(partition -> consumer.position(partition, left(giveUp)) >= end.get(partition));
            if (behind.isEmpty()) return repaired;
            if (Instant.now().isAfter(giveUp)) {
                log.warn("report-submitted not read to its end within {}; the repair consumer records the rest", PATIENCE);
                return repaired;
            }
            List<ReportSubmitted> ours = StreamSupport.stream(consumer.poll(left(giveUp)).spliterator(), false)
                    .map(ConsumerRecord::value)
                    .filter(event -> event != null && SubmissionRepair.submittedHere(event))
                    .toList();
            if (!ours.isEmpty()) repaired += store.insertMissing(ours);
        }
    }

    private static Duration left(Instant giveUp) {
        Duration left = Duration.between(Instant.now(), giveUp);
        return left.isNegative() ? Duration.ZERO : left;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (and the listener containers) start. */
    @Override
    public int getPhase() {
        return 0;
    }
}
