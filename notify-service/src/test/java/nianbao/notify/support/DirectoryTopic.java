package nianbao.notify.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import nianbao.events.AgencyDirectoryEntry;
import nianbao.infra.registry.ApicurioRegistry;
import nianbao.schemas.Topics;
import nianbao.schemas.serde.SerdeConfig;

/** Reads agency-directory from the beginning, as ingest-service's consumer does, without a consumer group. */
public final class DirectoryTopic {

    private DirectoryTopic() {
    }

    /** Every record of this agency now on the topic, oldest first. */
    public static List<AgencyDirectoryEntry> entriesOf(String brokers, String agencyId) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "directory-probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<AgencyDirectoryEntry> entries = new ArrayList<>();
        try (KafkaConsumer<String, AgencyDirectoryEntry> consumer =
                     new KafkaConsumer<>(props, Topics.AGENCY_DIRECTORY.keyDeserializer(), Topics.AGENCY_DIRECTORY
                             .valueDeserializer(SerdeConfig.client(ApicurioRegistry.shared().ccompatUrl())))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.AGENCY_DIRECTORY.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, AgencyDirectoryEntry> record : consumer.poll(Duration.ofMillis(200))) {
                    if (agencyId.equals(record.key())) entries.add(record.value());
                }
            }
        }
        return entries;
    }
}
