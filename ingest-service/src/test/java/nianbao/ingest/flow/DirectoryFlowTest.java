package nianbao.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import nianbao.events.Agency;
import nianbao.events.AgencyDirectoryEntry;
import nianbao.events.AgencyLevel;
import nianbao.ingest.SecurityHeaders;
import nianbao.ingest.agencies.ApiKeys;
import nianbao.report.testing.SampleReports;
import nianbao.schemas.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * An agency enrolled in notify-service's administration, as ingest-service sees it: the records notify-service's
 * relay publishes to agency-directory (real broker and registry) are applied to the agency table, and the issued key
 * submits at once (202); after a rotation the old key is refused (401) and the new one accepted; deactivated, the
 * agency can no longer submit. Every use of a key is audited with its agency, answer and client address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "nianbao.audit.flush-interval=PT0.1S"})
@EmbeddedKafka(partitions = 2, topics = "report-validated")
class DirectoryFlowTest extends OnRealParts {

    private static final String ID = "hongze-directory-test";
    private static final byte[] REPORT = SampleReports.bytes("longting-gov-office-2022.txt");

    private void publish(String apiKey, boolean active, long version) {
        AgencyDirectoryEntry entry = AgencyDirectoryEntry.newBuilder()
                .setAgency(Agency.newBuilder().setId(ID).setName("淮安市洪泽区人民政府办公室").setRegionCode("320813")
                        .setLevel(AgencyLevel.COUNTY_DEPARTMENT).setParentGovernment("淮安市洪泽区人民政府").build())
                .setActive(active)
                .setApiKeySha256(apiKey == null ? null : ApiKeys.sha256Hex(apiKey))
                .setVersion(version)
                .setChangedAt(Instant.parse("2026-03-01T08:00:00Z").plusSeconds(version))
                .build();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        try (KafkaProducer<String, AgencyDirectoryEntry> producer = new KafkaProducer<>(props,
                Topics.AGENCY_DIRECTORY.keySerializer(), Topics.AGENCY_DIRECTORY.valueSerializer(Events.registry()))) {
            producer.send(new ProducerRecord<>(Topics.AGENCY_DIRECTORY.name(), ID, entry)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitVersion(long version) {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("select version from agency where id = :id")
                .param("id", ID).query(Long.class).optional().orElse(0L) == version);
    }

    private int submit(String apiKey, String year) {
        return Http.upload(url("/api/reports"), apiKey, "hongze-" + year + ".txt", REPORT,
                "agencyId", ID, "reportYear", year).status();
    }

    @Test
    void anEnrolledAgencySubmitsWithItsKeyAtOnceAndARotationRetiresTheOldKey() {
        publish(null, true, 1);
        publish("first-issued-key-of-hongze-0000000000000000", true, 2);
        awaitVersion(2);
        assertThat(submit("first-issued-key-of-hongze-0000000000000000", "2022")).isEqualTo(202);
        // the audit names the agency holding the key when its row is written (within the flush interval)
        awaitAudited(1);

        publish("second-issued-key-of-hongze-000000000000000", true, 3);
        awaitVersion(3);
        assertThat(submit("first-issued-key-of-hongze-0000000000000000", "2023")).isEqualTo(401);
        assertThat(submit("second-issued-key-of-hongze-000000000000000", "2023")).isEqualTo(202);

        publish("second-issued-key-of-hongze-000000000000000", false, 4);
        awaitVersion(4);
        assertThat(submit("second-issued-key-of-hongze-000000000000000", "2024")).isEqualTo(401);

        // the retired key: no agency; the deactivated agency's key: still its agency, refused
        awaitAudited(4);
        assertThat(jdbc.sql("""
                        select coalesce(agency_id, '-') || ' ' || method || ' ' || path || ' ' || status || ' '
                               || client_address
                        from api_key_use where key_sha256 in (:first, :second) order by id""")
                .param("first", ApiKeys.sha256Hex("first-issued-key-of-hongze-0000000000000000"))
                .param("second", ApiKeys.sha256Hex("second-issued-key-of-hongze-000000000000000"))
                .query(String.class).list())
                .containsExactly(
                        ID + " POST /api/reports 202 127.0.0.1",
                        "- POST /api/reports 401 127.0.0.1",
                        ID + " POST /api/reports 202 127.0.0.1",
                        ID + " POST /api/reports 401 127.0.0.1");
    }

    private void awaitAudited(int rows) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "select count(*) from api_key_use where key_sha256 in (:first, :second)")
                .param("first", ApiKeys.sha256Hex("first-issued-key-of-hongze-0000000000000000"))
                .param("second", ApiKeys.sha256Hex("second-issued-key-of-hongze-000000000000000"))
                .query(Integer.class).single() == rows);
    }

    @Test
    void theIntakePageAndTheApiCarryTheSecurityHeaders() {
        for (String path : new String[] {"/", "/portal.js", "/api/reports/not-a-uuid", "/swagger-ui.html"}) {
            Http.Answer answer = Http.get(url(path));
            assertThat(answer.header("Content-Security-Policy")).as(path).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
        assertThat(Http.get(url("/")).response().body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    }
}
