package nianbao.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.ReportSubmitted;
import nianbao.events.SubmissionChannel;
import nianbao.events.SubmittedDocument;
import nianbao.infra.registry.ApicurioRegistry;
import nianbao.schemas.Topics;
import nianbao.schemas.registry.SchemaRegistryClient;
import nianbao.schemas.registry.SchemaRegistryException;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** The serde against a real Confluent-API registry (Apicurio, run from its Maven Central distribution). */
class RegistryRoundTripTest {

    private static final String URL = ApicurioRegistry.shared().ccompatUrl();

    @Test
    void writesTheWireFormatAndReadsItBack() {
        ReportSubmitted submitted = ReportSubmitted.newBuilder()
                .setSubmissionId("4b0c7a3e-0000-4000-8000-000000000001")
                .setAgency(new Agency("longting-gov-office", "龙亭区人民政府办公室", "410202",
                        AgencyLevel.COUNTY_DEPARTMENT, "开封市龙亭区人民政府"))
                .setReportYear(2022)
                .setDocument(new SubmittedDocument("report.txt", "text/plain", "ab12", 6L,
                        ByteBuffer.wrap("一、总体情况".getBytes(StandardCharsets.UTF_8))))
                .setPublishedOn(LocalDate.of(2023, 1, 20))
                .setPublicationUrl(null)
                .setSubmittedAt(Instant.parse("2023-01-21T08:00:00Z"))
                .setSubmittedBy("longting-gov-office")
                .setChannel(SubmissionChannel.API)
                .build();
        Map<String, Object> config = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, URL,
                SerdeConfig.AVRO_VALUE_TYPE, ReportSubmitted.class.getName());
        try (AvroWireSerializer<ReportSubmitted> serializer = new AvroWireSerializer<>();
             AvroWireDeserializer<ReportSubmitted> deserializer = new AvroWireDeserializer<>()) {
            serializer.configure(config, false);
            deserializer.configure(config, false);

            byte[] bytes = serializer.serialize(Topics.REPORT_SUBMITTED.name(), submitted);

            int id = new SchemaRegistryClient(URL).latest(Topics.REPORT_SUBMITTED.valueSubject()).id();
            assertThat(bytes[0]).isEqualTo((byte) 0);
            assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
            assertThat(deserializer.deserialize(Topics.REPORT_SUBMITTED.name(), bytes)).isEqualTo(submitted);
        }
    }

    @Test
    void theRegistryRefusesAnIncompatibleVersion() {
        SchemaRegistryClient client = new SchemaRegistryClient(URL);
        String subject = "compatibility-probe-value";
        client.register(subject, new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"Probe\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}"));
        client.setCompatibility(subject, "BACKWARD");
        Schema incompatible = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"Probe\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
                        + "{\"name\":\"b\",\"type\":\"int\"}]}");

        assertThat(client.isCompatible(subject, incompatible)).isFalse();
        assertThatThrownBy(() -> client.register(subject, incompatible))
                .isInstanceOf(SchemaRegistryException.class)
                .satisfies(e -> assertThat(((SchemaRegistryException) e).status()).isEqualTo(409));
    }
}
