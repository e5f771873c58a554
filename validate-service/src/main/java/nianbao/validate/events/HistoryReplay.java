package nianbao.validate.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nianbao.schemas.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.stereotype.Component;

/**
 * Builds {@link LatestReports} for the report-parsed partitions the listener is assigned, before it consumes anything
 * from them, and drops the index of partitions revoked or lost: each instance of a scaled-out validate-service holds
 * the agencies of its own partitions only, and no event in memory. A partition's index is restored from its
 * {@link HistoryChangelog}; a partition validated before the changelog existed (its group has committed offsets but
 * the changelog partition is empty) is indexed once from report-parsed up to the committed offset — what was
 * validated, not what merely lies in the topic — and written to the changelog. Spring Boot registers this bean on the
 * listener containers as their rebalance listener.
 */
@Component
public class HistoryReplay implements ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(HistoryReplay.class);

    private final HistoryChangelog changelog;
    private final ReportArchive archive;
    private final LatestReports latest;
    private final KafkaTemplate<?, ?> template;

    HistoryReplay(HistoryChangelog changelog, ReportArchive archive, LatestReports latest, KafkaTemplate<?, ?> template) {
        this.changelog = changelog;
        this.archive = archive;
        this.latest = latest;
        this.template = template;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> listenerConsumer, Collection<TopicPartition> partitions) {
        List<TopicPartition> history = reportParsed(partitions);
        if (history.isEmpty()) return;
        long started = System.nanoTime();
        List<TopicPartition> unwritten = restore(history);
        Map<TopicPartition, Long> validated = new HashMap<>();
        listenerConsumer.committed(new HashSet<>(unwritten)).forEach((partition, committed) -> {
            if (committed != null && committed.offset() > 0) validated.put(partition, committed.offset());
        });
        if (!validated.isEmpty()) bootstrap(validated);
        log.info("history of {} partitions of {} restored ({} indexed from report-parsed): {} agency-years, {} ms",
                history.size(), Topics.REPORT_PARSED.name(), validated.size(), latest.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void onPartitionsRevokedAfterCommit(Consumer<?, ?> listenerConsumer, Collection<TopicPartition> partitions) {
        forget(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> listenerConsumer, Collection<TopicPartition> partitions) {
        forget(partitions);
    }

    /**
     * Every partition's history, for a replay (which runs without the listener and its group): partitions without a
     * changelog are indexed from report-parsed to their end, and nothing is written.
     */
    public void loadAll() {
        List<TopicPartition> unwritten = restore(archive.partitions());
        int records = archive.readAll(archive.endOffsets(unwritten), latest::record);
        log.info("history of {} partitions of {} loaded ({} read from report-parsed): {} agency-years",
                archive.partitions().size(), Topics.REPORT_PARSED.name(), records, latest.size());
    }

    /** Restores the changelog of {@code partitions}; returns those it holds nothing for. */
    private List<TopicPartition> restore(List<TopicPartition> partitions) {
        Map<Integer, TopicPartition> byNumber = partitions.stream()
                .collect(Collectors.toMap(TopicPartition::partition, Function.identity()));
        return changelog.restore(byNumber.keySet(), latest).entrySet().stream()
                .filter(e -> e.getValue() == 0).map(e -> byNumber.get(e.getKey())).toList();
    }

    /** Indexes report-parsed up to the validated offsets and writes what it found to the changelog, in one transaction. */
    private void bootstrap(Map<TopicPartition, Long> validated) {
        LatestReports found = new LatestReports();
        int records = archive.readAll(validated, found::record);
        template.executeInTransaction(t -> {
            found.entries().forEach(e -> changelog.write(e.agencyId(), e.year(), e.position()));
            return null;
        });
        found.entries().forEach(e -> latest.restore(e.agencyId(), e.year(), e.position()));
        log.info("changelog of {} partitions of {} written from {} report-parsed records: {} agency-years",
                validated.size(), Topics.REPORT_PARSED.name(), records, found.size());
    }

    private static List<TopicPartition> reportParsed(Collection<TopicPartition> partitions) {
        return partitions.stream().filter(p -> p.topic().equals(Topics.REPORT_PARSED.name())).toList();
    }

    private void forget(Collection<TopicPartition> partitions) {
        List<Integer> gone = reportParsed(partitions).stream().map(TopicPartition::partition).toList();
        if (gone.isEmpty()) return;
        latest.forget(gone);
        log.info("history of partitions {} of {} forgotten: {} agency-years indexed", gone, Topics.REPORT_PARSED.name(),
                latest.size());
    }
}
