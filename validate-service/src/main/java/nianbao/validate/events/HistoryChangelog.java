package nianbao.validate.events;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nianbao.events.HistoryEntry;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.TopicReaders;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link LatestReports} kept in the compacted topic report-history, the way a Kafka Streams store keeps its
 * changelog: every change of a year's current report is written in the transaction that validates it (so the
 * changelog holds exactly what was committed, never a report whose batch rolled back), and an instance that is
 * assigned a report-parsed partition restores that partition's index from the changelog partition of the same number,
 * a few dozen bytes per agency-year, instead of reading every report-parsed event from the beginning.
 */
@Component
public class HistoryChangelog implements DisposableBean {

    private static final String TOPIC = Topics.REPORT_HISTORY.name();

    private final KafkaTemplate<String, HistoryEntry> template;
    private final Consumer<String, HistoryEntry> consumer;

    HistoryChangelog(KafkaTemplate<String, HistoryEntry> template, ConsumerFactory<String, ?> consumers) {
        this.template = template;
        // a restore reads entries of a few dozen bytes by the hundred thousand: large polls, not the listener's
        consumer = TopicReaders.reader(consumers, Topics.REPORT_HISTORY, "validate-service-history-changelog", Map.of(
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 20_000,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024));
    }

    /** Writes that {@code position} is now the current report of the agency's year (joins the running transaction). */
    public void write(String agencyId, int year, LatestReports.Position position) {
        HistoryEntry entry = new HistoryEntry(agencyId, year, position.offset(), position.submittedAt());
        template.send(new ProducerRecord<>(TOPIC, position.partition(), agencyId + "/" + year, entry));
    }

    /**
     * Puts the changelog of {@code partitions} into {@code latest} and returns how many entries each partition held
     * (0: nothing was ever written for it, or it is new).
     */
    public synchronized Map<Integer, Integer> restore(Collection<Integer> partitions, LatestReports latest) {
        List<TopicPartition> changelog = partitions.stream().map(p -> new TopicPartition(TOPIC, p)).toList();
        Map<Integer, Integer> entries = new HashMap<>();
        partitions.forEach(p -> entries.put(p, 0));
        consumer.assign(changelog);
        consumer.seekToBeginning(changelog);
        Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(changelog));
        end.values().removeIf(offset -> offset == 0);
        while (!end.isEmpty()) {
            for (ConsumerRecord<String, HistoryEntry> record : consumer.poll(Duration.ofSeconds(1))) {
                HistoryEntry entry = record.value();
                if (entry == null) continue;
                latest.restore(entry.getAgencyId(), entry.getReportYear(),
                        new LatestReports.Position(record.partition(), entry.getOffset(), entry.getSubmittedAt()));
                entries.merge(record.partition(), 1, Integer::sum);
            }
            end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
        }
        consumer.unsubscribe();
        return entries;
    }

    @Override
    public synchronized void destroy() {
        consumer.close();
    }
}
