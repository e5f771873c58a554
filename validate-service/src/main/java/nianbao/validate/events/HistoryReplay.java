package nianbao.validate.events;

import java.time.Duration;
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
import org.springframework.beans.factory.InitializingBean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds {@link LatestReports} from report-parsed before the listener starts: the topic is the system of record,
 * so the service keeps no database. Reads every partition from the beginning to the end offsets seen at start.
 */
@Component
class HistoryReplay implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(HistoryReplay.class);

    private final ConsumerFactory<String, ReportParsed> consumers;
    private final LatestReports latest;

    HistoryReplay(ConsumerFactory<String, ReportParsed> consumers, LatestReports latest) {
        this.consumers = consumers;
        this.latest = latest;
    }

    @Override
    public void afterPropertiesSet() {
        long started = System.nanoTime();
        int records = 0;
        try (Consumer<String, ReportParsed> consumer = new KafkaConsumer<>(withoutGroup(consumers.getConfigurationProperties()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REPORT_PARSED.name(), Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            end.values().removeIf(offset -> offset == 0);
            while (!end.isEmpty()) {
                for (ConsumerRecord<String, ReportParsed> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.value() != null) latest.record(record.value());
                    records++;
                }
                end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            }
        }
        log.info("history rebuilt from {}: {} records, {} agency-years, {} ms", Topics.REPORT_PARSED.name(), records,
                latest.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** A plain reader: no consumer group, so it commits nothing and disturbs no one's offsets. */
    private static Map<String, Object> withoutGroup(Map<String, Object> config) {
        Map<String, Object> reader = new HashMap<>(config);
        reader.remove(ConsumerConfig.GROUP_ID_CONFIG);
        reader.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        reader.put(ConsumerConfig.CLIENT_ID_CONFIG, "validate-service-history-replay");
        return reader;
    }
}
