package nianbao.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nianbao.events.ReportParsed;
import nianbao.schemas.Topics;
import org.junit.jupiter.api.Test;

/** After the first record, the serde writes and reads from memory: the registry is asked once per schema. */
class SerdeCacheTest {

    @Test
    void aTypicalEventRoundTripsAndTheRegistryIsAskedOncePerSchema() {
        ReportParsed event = TypicalReportParsed.event();
        try (StubRegistry registry = new StubRegistry();
             AvroWireSerializer<ReportParsed> serializer = new AvroWireSerializer<>();
             AvroWireDeserializer<ReportParsed> deserializer = new AvroWireDeserializer<>()) {
            Map<String, Object> config = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url(),
                    SerdeConfig.AVRO_VALUE_TYPE, ReportParsed.class.getName());
            serializer.configure(config, false);
            deserializer.configure(config, false);

            byte[] first = serializer.serialize(Topics.REPORT_PARSED.name(), event);
            for (int i = 0; i < 100; i++) {
                assertThat(serializer.serialize(Topics.REPORT_PARSED.name(), event)).isEqualTo(first);
                assertThat(deserializer.deserialize(Topics.REPORT_PARSED.name(), first)).isEqualTo(event);
            }

            // one registration; the client shared by serializer and deserializer then knows the schema of that id
            assertThat(registry.requests).hasValue(1);
            assertThat(event.getCells()).hasSize(TypicalReportParsed.CELLS);
            assertThat(event.getNarrativeFacts()).hasSize(TypicalReportParsed.FACTS);
            assertThat(first.length).isGreaterThan(TypicalReportParsed.TEXT_BYTES);
        }
    }
}
