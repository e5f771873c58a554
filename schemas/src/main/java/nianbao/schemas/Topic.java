package nianbao.schemas;

import java.util.Map;
import nianbao.schemas.registry.SchemaRegistryClient;
import nianbao.schemas.serde.AvroWireDeserializer;
import nianbao.schemas.serde.AvroWireSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * One topic with a String key and an Avro value of {@code valueType}, and the serializers and deserializers of both:
 * a client of the topic takes them from here instead of naming classes in its configuration. An event topic is keyed by agency id (String) so one agency's
 * events stay ordered in one partition, kept forever, and has a dead-letter topic with as many partitions, so a
 * poison record keeps its partition. A {@code compacted} topic holds state (the latest value per key, kept for
 * ever) rather than events. How many partitions is a deployment setting (one for every topic:
 * {@code nianbao.schemas.spring.TopicSettings}).
 */
public record Topic<V extends SpecificRecord>(String name, Class<V> valueType, boolean compacted) {

    /** An event topic. */
    public Topic(String name, Class<V> valueType) {
        this(name, valueType, false);
    }

    /** The Confluent TopicNameStrategy subject of the value schema. */
    public String valueSubject() {
        return name + "-value";
    }

    public Serializer<String> keySerializer() {
        return Topics.keySerializer();
    }

    public Deserializer<String> keyDeserializer() {
        return Topics.keyDeserializer();
    }

    /** Writes values in the Confluent wire format, registering their schema under {@link #valueSubject()}. */
    public Serializer<V> valueSerializer(SchemaRegistryClient registry) {
        return new AvroWireSerializer<>(registry);
    }

    /** Reads values written with any compatible schema into {@code valueType}. */
    public Deserializer<V> valueDeserializer(SchemaRegistryClient registry) {
        return new AvroWireDeserializer<>(registry, valueType);
    }

    public String deadLetter() {
        return name + "-dlt";
    }

    /** Reports carry their document (up to 20 MB), so records may be far larger than Kafka's 1 MB default. */
    public static final int MAX_RECORD_BYTES = 25 * 1024 * 1024;

    /** An event topic as the system of record: kept forever; a compacted one keeps each key's latest value. */
    public NewTopic newTopic(int partitions, short replicationFactor) {
        return new NewTopic(name, partitions, replicationFactor).configs(compacted ? COMPACTED : EVENTS);
    }

    public NewTopic newDeadLetterTopic(int partitions, short replicationFactor) {
        return new NewTopic(deadLetter(), partitions, replicationFactor).configs(EVENTS);
    }

    private static final Map<String, String> EVENTS = Map.of(
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_RECORD_BYTES));

    private static final Map<String, String> COMPACTED = Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
}
