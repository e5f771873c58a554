package nianbao.schemas.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.schemas.Topics;
import nianbao.schemas.registry.SchemaRegistryClient;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the Confluent wire format into a generated Avro class, resolving the writer's schema (fetched by id) against
 * the reader's, so that records written with an older compatible schema still read. The class is the one the topic
 * catalogue binds to the record's topic ({@link Topics#valueTypeOf}; a dead-letter topic reads as its source), so
 * no configuration names it; {@code avro.value.type} still fixes one class for every topic where a client wants that.
 */
public class AvroWireDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private SchemaRegistryClient registry;
    /** The one class configured, or null: the catalogue's class of each record's topic. */
    private Class<T> type;
    private final Map<Class<?>, Map<Integer, SpecificDatumReader<T>>> readers = new ConcurrentHashMap<>();

    public AvroWireDeserializer() {
    }

    public AvroWireDeserializer(SchemaRegistryClient registry, Class<T> type) {
        this.registry = registry;
        useType(type);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void configure(Map<String, ?> configs, boolean isKey) {
        if (registry == null) registry = SerdeConfig.client(configs);
        if (type != null) return;
        String key = isKey ? SerdeConfig.AVRO_KEY_TYPE : SerdeConfig.AVRO_VALUE_TYPE;
        Object configured = configs.get(key);
        if (configured == null) return;
        try {
            Class<?> cls = configured instanceof Class<?> c ? c
                    : Class.forName(configured.toString(), true, Thread.currentThread().getContextClassLoader());
            useType((Class<T>) cls);
        } catch (ClassNotFoundException e) {
            throw new ConfigException(key, configured, "no such class");
        }
    }

    private void useType(Class<T> type) {
        this.type = type;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) return null;
        if (registry == null) throw new SerializationException("deserializer used before configure()");
        int writerId = WireFormat.schemaId(data);
        Class<T> type = typeOf(topic);
        SpecificDatumReader<T> reader = readers.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).computeIfAbsent(
                writerId, id -> new SpecificDatumReader<>(registry.schemaById(id), SpecificData.get().getSchema(type)));
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(data, WireFormat.HEADER_LENGTH,
                    data.length - WireFormat.HEADER_LENGTH, null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot read " + type.getSimpleName() + " (writer schema id " + writerId
                    + ") from topic " + topic + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private Class<T> typeOf(String topic) {
        if (type != null) return type;
        return (Class<T>) Topics.valueTypeOf(topic).orElseThrow(() -> new SerializationException(
                "topic " + topic + " is not in the topic catalogue (nianbao.schemas.Topics) and no "
                        + SerdeConfig.AVRO_VALUE_TYPE + " is configured"));
    }
}
