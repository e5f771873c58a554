package nianbao.schemas.serde;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nianbao.schemas.registry.SchemaRegistryClient;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads only some top-level fields of a value in the wire format, as a {@link GenericRecord}: the other fields are
 * skipped by Avro's schema resolution, without building their strings and arrays. For readers that follow a topic
 * for a few fields (a load driver timing each report), where decoding every finding would cost more than the service
 * that wrote them. Timestamps come as their long (epoch milliseconds).
 */
public final class AvroWireFieldsDeserializer implements Deserializer<GenericRecord> {

    private final SchemaRegistryClient registry;
    private final Schema projection;
    private final Map<Integer, GenericDatumReader<GenericRecord>> readers = new ConcurrentHashMap<>();

    public AvroWireFieldsDeserializer(SchemaRegistryClient registry, Class<? extends SpecificRecord> type,
                                      List<String> fields) {
        this.registry = registry;
        this.projection = projection(SpecificData.get().getSchema(type), fields);
    }

    private static Schema projection(Schema full, List<String> fields) {
        List<Schema.Field> kept = fields.stream().map(name -> {
            Schema.Field field = full.getField(name);
            if (field == null) throw new IllegalArgumentException(full.getName() + " has no field " + name);
            return new Schema.Field(field, field.schema());
        }).toList();
        return Schema.createRecord(full.getName(), full.getDoc(), full.getNamespace(), false, kept);
    }

    @Override
    public GenericRecord deserialize(String topic, byte[] data) {
        if (data == null) return null;
        int writerId = WireFormat.schemaId(data);
        GenericDatumReader<GenericRecord> reader = readers.computeIfAbsent(writerId,
                id -> new GenericDatumReader<>(registry.schemaById(id), projection));
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(data, WireFormat.HEADER_LENGTH,
                    data.length - WireFormat.HEADER_LENGTH, null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot read " + projection.getFields().size() + " fields of "
                    + projection.getName() + " (writer schema id " + writerId + ") from topic " + topic + ": "
                    + e.getMessage(), e);
        }
    }
}
