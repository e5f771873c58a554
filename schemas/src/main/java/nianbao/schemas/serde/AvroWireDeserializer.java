package nianbao.schemas.serde;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.schemas.registry.SchemaRegistryClient;
import org.apache.avro.Schema;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the Confluent wire format into a generated Avro class, resolving the writer's schema (fetched by id) against
 * the reader's, so that records written with an older compatible schema still read.
 */
public class AvroWireDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private SchemaRegistryClient registry;
    private Class<T> type;
    private Schema readerSchema;
    private final Map<Integer, SpecificDatumReader<T>> readersByWriterId = new ConcurrentHashMap<>();

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
        if (configured == null) throw new ConfigException(key + " is required (the generated Avro class to read)");
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
        this.readerSchema = SpecificData.get().getSchema(type);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) return null;
        if (registry == null) throw new SerializationException("deserializer used before configure()");
        int writerId = WireFormat.schemaId(data);
        SpecificDatumReader<T> reader = readersByWriterId.computeIfAbsent(writerId,
                id -> new SpecificDatumReader<>(registry.schemaById(id), readerSchema));
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(data, WireFormat.HEADER_LENGTH,
                    data.length - WireFormat.HEADER_LENGTH, null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot read " + type.getSimpleName() + " (writer schema id " + writerId
                    + ") from topic " + topic + ": " + e.getMessage(), e);
        }
    }
}
