package nianbao.schemas.spring;

import java.util.HashMap;
import java.util.Map;
import nianbao.schemas.Topic;
import nianbao.schemas.serde.SerdeConfig;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/**
 * Plain consumers that read one topic by position beside a service's listeners: the service's consumer settings
 * (brokers, registry, read_committed) without its group, so they commit nothing and disturb no one's offsets, and
 * without its minimum fetch size.
 */
public final class TopicReaders {

    private TopicReaders() {
    }

    /**
     * A consumer of {@code topic} with the topic's deserializers; a value that cannot be read comes as null, as the
     * listeners see it, so that one bad record does not stop a read through a partition.
     */
    public static <V extends SpecificRecord> Consumer<String, V> reader(ConsumerFactory<?, ?> consumers, Topic<V> topic,
                                                                        String clientId, Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>(consumers.getConfigurationProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        // a read by position wants its record now, not once the listeners' minimum fetch size has gathered
        config.remove(ConsumerConfig.FETCH_MIN_BYTES_CONFIG);
        config.putAll(overrides);
        return new KafkaConsumer<>(config, topic.keyDeserializer(),
                new ErrorHandlingDeserializer<>(topic.valueDeserializer(SerdeConfig.client(config))));
    }
}
