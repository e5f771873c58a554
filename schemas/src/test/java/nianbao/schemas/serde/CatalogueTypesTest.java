package nianbao.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nianbao.events.ReportParsed;
import nianbao.schemas.Topics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Without {@code avro.value.type} the deserializer reads each topic as the catalogue's class for it. */
class CatalogueTypesTest {

    @Test
    void aTopicAndItsDeadLettersReadAsTheCataloguesClassAndAnUnknownTopicIsRefused() {
        ReportParsed event = TypicalReportParsed.event();
        try (StubRegistry registry = new StubRegistry();
             AvroWireSerializer<ReportParsed> serializer = new AvroWireSerializer<>();
             AvroWireDeserializer<SpecificRecord> deserializer = new AvroWireDeserializer<>()) {
            Map<String, Object> config = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
            serializer.configure(config, false);
            deserializer.configure(config, false);
            byte[] bytes = serializer.serialize(Topics.REPORT_PARSED.name(), event);

            assertThat(deserializer.deserialize("report-parsed", bytes)).isInstanceOf(ReportParsed.class).isEqualTo(event);
            assertThat(deserializer.deserialize("report-parsed-dlt", bytes)).isEqualTo(event);
            assertThatThrownBy(() -> deserializer.deserialize("someone-elses-topic", bytes))
                    .isInstanceOf(SerializationException.class)
                    .hasMessage("topic someone-elses-topic is not in the topic catalogue (nianbao.schemas.Topics) and no "
                            + "avro.value.type is configured");
        }
    }
}
