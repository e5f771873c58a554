package nianbao.schemas;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * One report topic: keyed by agency id (String) so one agency's events stay ordered in one partition, with an Avro
 * value of {@code valueType}. Its dead-letter topic has as many partitions, so a poison record keeps its partition.
 * How many partitions is a deployment setting (one for every topic: {@code nianbao.schemas.spring.TopicSettings}).
 */
public record Topic<V extends SpecificRecord>(String name, Class<V> valueType) {

    /** The Confluent TopicNameStrategy subject of the value schema. */
    public String valueSubject() {
        return name + "-value";
    }

    public String deadLetter() {
        return name + "-dlt";
    }

    /** Reports carry their document (up to 20 MB), so records may be far larger than Kafka's 1 MB default. */
    public static final int MAX_RECORD_BYTES = 25 * 1024 * 1024;

    /** The topic as the system of record: kept forever. */
    public NewTopic newTopic(int partitions, short replicationFactor) {
        return new NewTopic(name, partitions, replicationFactor).configs(TOPIC_CONFIG);
    }

    /**
     * A table as a topic: only the newest record per key is kept for ever (log compaction), so a reader that starts
     * from the beginning sees every key's current state. Small records: the broker's default size limit.
     */
    public NewTopic newCompactedTopic(int partitions, short replicationFactor) {
        return new NewTopic(name, partitions, replicationFactor).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.RETENTION_MS_CONFIG, "-1"));
    }

    public NewTopic newDeadLetterTopic(int partitions, short replicationFactor) {
        return new NewTopic(deadLetter(), partitions, replicationFactor).configs(TOPIC_CONFIG);
    }

    private static final Map<String, String> TOPIC_CONFIG = Map.of(
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_RECORD_BYTES));
}
