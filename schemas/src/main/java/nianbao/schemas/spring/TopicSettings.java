package nianbao.schemas.spring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nianbao.schemas.Topic;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the report topics are created ({@code nianbao.topics.*}), the same in every service: each service creates the
 * topics it writes and the dead-letter topics of those it reads, and a dead letter keeps its record's partition, so
 * every service must agree on the partition count. Partitions bound parallelism: one consumer thread per partition at
 * most, across all instances of a service. The default, 12, lets a province's load spread over 2 instances × 2 threads
 * now and 12 threads later; Kafka can add partitions to a topic but never remove them, and adding them moves agencies
 * to other partitions, so choose before the first event.
 *
 * @param partitions partitions of every report topic and its dead-letter topic
 * @param replicationFactor replicas of each partition (1 on a single broker)
 */
@Validated
@ConfigurationProperties("nianbao.topics")
public record TopicSettings(@DefaultValue("12") @Min(1) @Max(1000) int partitions,
                            @DefaultValue("1") @Min(1) @Max(7) short replicationFactor) {

    public NewTopic newTopic(Topic<?> topic) {
        return topic.newTopic(partitions, replicationFactor);
    }

    /** A compacted table topic (agency-directory), with the same partitions and replicas as the others. */
    public NewTopic newCompactedTopic(Topic<?> topic) {
        return topic.newCompactedTopic(partitions, replicationFactor);
    }

    public NewTopic newDeadLetterTopic(Topic<?> topic) {
        return topic.newDeadLetterTopic(partitions, replicationFactor);
    }
}
