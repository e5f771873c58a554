package nianbao.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nianbao.events.ReportParsed;
import nianbao.schemas.Topics;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class AvroWireFieldsDeserializerTest {

    @Test
    void readsTheNamedFieldsOfAFullEventAndNothingElse() {
        ReportParsed event = TypicalReportParsed.event();
        try (StubRegistry registry = new StubRegistry();
             AvroWireSerializer<ReportParsed> serializer = new AvroWireSerializer<>()) {
            serializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registry.url()), false);
            byte[] written = serializer.serialize(Topics.REPORT_PARSED.name(), event);

            AvroWireFieldsDeserializer fields = new AvroWireFieldsDeserializer(SerdeConfig.client(registry.url()),
                    ReportParsed.class, List.of("submissionId", "parsedAt"));
            GenericRecord read = fields.deserialize(Topics.REPORT_PARSED.name(), written);

            assertThat(read.getSchema().getFields()).extracting(f -> f.name()).containsExactly("submissionId", "parsedAt");
            assertThat(read.get("submissionId").toString()).isEqualTo(event.getSubmissionId());
            assertThat(read.get("parsedAt")).isEqualTo(event.getParsedAt().toEpochMilli());
        }
    }

    @Test
    void aFieldTheEventDoesNotHaveIsRefusedWhenTheReaderIsMade() {
        try (StubRegistry registry = new StubRegistry()) {
            assertThatThrownBy(() -> new AvroWireFieldsDeserializer(SerdeConfig.client(registry.url()),
                    ReportParsed.class, List.of("submissionId", "validatedAt")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("ReportParsed has no field validatedAt");
        }
    }
}
