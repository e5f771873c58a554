package nianbao.schemas;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * One report topic: keyed by agency id (String) so one agency's events stay ordered in one partition, with an Avro
 * value of {@code valueType}. Its dead-letter topic has as many partitions, so a poison record keeps its partition.
 */
public record Topic<V extends SpecificRecord>(String name, Class<V> valueType, int partitions) {

    /** The Confluent TopicNameStrategy subject of the value schema. */
    public String valueSubject() {
        return name + "-value";
    }

    public String deadLetter() {
        return name + "-dlt";
    }

    /** The topic as the system of record: kept forever. */
    public NewTopic newTopic(short replicationFactor) {
        return new NewTopic(name, partitions, replicationFactor)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
    }

    public NewTopic newDeadLetterTopic(short replicationFactor) {
        return new NewTopic(deadLetter(), partitions, replicationFactor)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1"));
    }
}
