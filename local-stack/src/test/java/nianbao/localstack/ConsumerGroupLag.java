package nianbao.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the services' consumer groups are behind a topic, from the broker's committed offsets: the load driver's
 * figures end when the last consumer has committed, not when validate-service has written (notify- and
 * ingest-service follow report-validated on their own, and their backlog would otherwise escape the measurement).
 */
final class ConsumerGroupLag implements AutoCloseable {

    private final Admin admin;

    ConsumerGroupLag(String bootstrapServers) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(config);
    }

    /**
     * Records not yet committed by {@code group} in {@code topic}. The topic is written only in transactions, so each
     * partition ends with a commit marker that no consumer commits past: one offset short of the end is caught up.
     * A group without a committed offset on a partition is behind by all of it.
     */
    long behind(String topic, String group) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> ends = ends(topic);
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            long position = at == null ? 0 : at.offset();
            behind += Math.max(0, end.getValue() - 1 - position);
        }
        return behind;
    }

    /** Waits until every group has caught up with the topic; returns the epoch milliseconds when it had. */
    long awaitCaughtUp(String topic, List<String> groups, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long behind = 0;
            for (String group : groups) behind += behind(topic, group);
            if (behind == 0) return System.currentTimeMillis();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(groups + " still " + behind + " records behind " + topic + " after " + timeout);
            }
            Thread.sleep(100);
        }
    }

    private Map<TopicPartition, Long> ends(String topic) throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((ListOffsetsResultInfo) e.getValue()).offset()));
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
