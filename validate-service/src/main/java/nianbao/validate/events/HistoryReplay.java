package nianbao.validate.events;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.events.ReportParsed;
import nianbao.schemas.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.stereotype.Component;

/**
 * Loads {@link LatestReports} from report-parsed, the system of record (the service keeps no database): when the
 * listener is assigned partitions, their history is read from the beginning to the end offsets of that moment, before
 * the listener consumes anything from them; when partitions are revoked or lost, their history is forgotten. So each
 * instance of a scaled-out validate-service holds the agencies of its own partitions only. Spring Boot registers this
 * bean on the listener containers as their rebalance listener.
 */
@Component
public class HistoryReplay implements ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(HistoryReplay.class);

    private final ConsumerFactory<String, ReportParsed> consumers;
    private final LatestReports latest;

    HistoryReplay(ConsumerFactory<String, ReportParsed> consumers, LatestReports latest) {
        this.consumers = consumers;
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
        try (Consumer<String, ReportParsed> consumer = reader()) {
            load(consumer, consumer.partitionsFor(Topics.REPORT_PARSED.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList());
        }
    }

    private void load(List<TopicPartition> partitions) {
        try (Consumer<String, ReportParsed> consumer = reader()) {
            load(consumer, partitions);
        }
    }

    private void load(Consumer<String, ReportParsed> consumer, List<TopicPartition> partitions) {
        long started = System.nanoTime();
        int records = 0;
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
        end.values().removeIf(offset -> offset == 0);
        while (!end.isEmpty()) {
            for (ConsumerRecord<String, ReportParsed> record : consumer.poll(Duration.ofSeconds(1))) {
                if (record.value() != null) latest.record(record.value(), record.partition());
                records++;
            }
            end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        }
        log.info("history of {} partitions of {} loaded: {} records, {} agency-years held, {} ms", partitions.size(),
                Topics.REPORT_PARSED.name(), records, latest.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private void forget(Collection<TopicPartition> partitions) {
        List<Integer> gone = partitions.stream().filter(p -> p.topic().equals(Topics.REPORT_PARSED.name()))
                .map(TopicPartition::partition).toList();
        if (gone.isEmpty()) return;
        latest.forget(gone);
        log.info("history of partitions {} of {} forgotten: {} agency-years held", gone, Topics.REPORT_PARSED.name(),
                latest.size());
    }

    /** A plain reader: no consumer group, so it commits nothing and disturbs no one's offsets. */
    private Consumer<String, ReportParsed> reader() {
        Map<String, Object> config = new HashMap<>(consumers.getConfigurationProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "validate-service-history-replay");
        return new KafkaConsumer<>(config);
    }
}
