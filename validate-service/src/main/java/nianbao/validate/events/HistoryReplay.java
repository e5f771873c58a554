package nianbao.validate.events;

import java.util.Collection;
import java.util.List;
import nianbao.schemas.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.stereotype.Component;

/**
 * Indexes report-parsed into {@link LatestReports}: when the listener is assigned partitions, they are read from the
 * beginning to their end offsets of that moment, before the listener consumes anything from them; when partitions
 * are revoked or lost, their index is dropped. So each instance of a scaled-out validate-service indexes the agencies
 * of its own partitions only, and holds no event in memory. Spring Boot registers this bean on the listener
 * containers as their rebalance listener.
 */
@Component
public class HistoryReplay implements ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(HistoryReplay.class);

    private final ReportArchive archive;
    private final LatestReports latest;

    HistoryReplay(ReportArchive archive, LatestReports latest) {
        this.archive = archive;
        this.latest = latest;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> listenerConsumer, Collection<TopicPartition> partitions) {
        List<TopicPartition> history = partitions.stream().filter(p -> p.topic().equals(Topics.REPORT_PARSED.name())).toList();
        if (!history.isEmpty()) load(history);
    }

    @Override
    public void onPartitionsRevokedAfterCommit(Consumer<?, ?> listenerConsumer, Collection<TopicPartition> partitions) {
        forget(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> listenerConsumer, Collection<TopicPartition> partitions) {
        forget(partitions);
    }

    /** Every partition's history, for a replay (which runs without the listener). */
    public void loadAll() {
        load(archive.partitions());
    }

    private void load(List<TopicPartition> partitions) {
        long started = System.nanoTime();
        int records = archive.readAll(partitions, latest::record);
        log.info("history of {} partitions of {} indexed: {} records, {} agency-years, {} ms", partitions.size(),
                Topics.REPORT_PARSED.name(), records, latest.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private void forget(Collection<TopicPartition> partitions) {
        List<Integer> gone = partitions.stream().filter(p -> p.topic().equals(Topics.REPORT_PARSED.name()))
                .map(TopicPartition::partition).toList();
        if (gone.isEmpty()) return;
        latest.forget(gone);
        log.info("history of partitions {} of {} forgotten: {} agency-years indexed", gone, Topics.REPORT_PARSED.name(),
                latest.size());
    }
}
