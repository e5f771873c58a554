package nianbao.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.schemas.registry.SchemaRegistryClient;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a generated Avro record in the Confluent wire format, registering (or looking up) its schema under the
 * TopicNameStrategy subject {@code <topic>-value} / {@code <topic>-key}. The datum writer of each schema is made once
 * (writers are stateless, so threads sharing a producer share it too), and the registry client answers a schema it
 * has seen from memory.
 */
public class AvroWireSerializer<T extends SpecificRecord> implements Serializer<T> {

    private SchemaRegistryClient registry;
    private boolean autoRegister = true;
    private boolean isKey;
    private final Map<Schema, SpecificDatumWriter<T>> writers = new ConcurrentHashMap<>();
    /** The size of the last record written: the next buffer starts there, so a large event is not copied as it grows. */
    private volatile int lastSize = 512;

    public AvroWireSerializer() {
    }

    public AvroWireSerializer(SchemaRegistryClient registry) {
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        this.autoRegister = SerdeConfig.autoRegister(configs);
        if (registry == null) registry = SerdeConfig.client(configs);
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) return null;
        if (registry == null) throw new SerializationException("serializer used before configure()");
        Schema schema = record.getSchema();
        String subject = topic + (isKey ? "-key" : "-value");
        int id = autoRegister ? registry.register(subject, schema) : registry.lookup(subject, schema);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(lastSize + lastSize / 8);
            WireFormat.writeHeader(out, id);
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writers.computeIfAbsent(schema, SpecificDatumWriter::new).write(record, encoder);
            encoder.flush();
            lastSize = out.size();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot write " + schema.getFullName() + " for topic " + topic + ": " + e.getMessage(), e);
        }
    }
}
