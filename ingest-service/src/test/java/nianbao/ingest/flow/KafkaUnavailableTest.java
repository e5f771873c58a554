package nianbao.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;

import nianbao.ingest.TestDatabase;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "Loses nothing that was already accepted": with no broker reachable the submission is refused with 503 and
 * nothing is recorded, so the agency's retry later is a fresh submission, not a duplicate of a ghost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=127.0.0.1:9",   // discard port: nothing listens
        "spring.kafka.producer.properties.max.block.ms=1000",
        "spring.kafka.listener.auto-startup=false",
        "spring.kafka.admin.auto-create=false",
        "nianbao.schema-registry-url=http://127.0.0.1:9/apis/ccompat/v7"})
class KafkaUnavailableTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", TestDatabase::jdbcUrl);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubmissionIsRefusedWith503AndNotRecorded() {
        Http.Answer answer = Http.upload("http://127.0.0.1:" + port + "/api/reports", "qidong-hitech-jinhai-key",
                "qidong-2022.txt", SampleReports.bytes("qidong-hitech-jinhai-2022.txt"),
                "agencyId", "qidong-hitech-jinhai", "reportYear", "2022");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("60");
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:nianbao:problem:publishing-unavailable");
        assertThat(answer.body().get("detail").asString())
                .isEqualTo("报告暂时无法受理（消息系统不可用），本次提交未被记录，请稍后重新提交。");
        assertThat(jdbc.sql("select count(*) from submission where agency_id = 'qidong-hitech-jinhai'")
                .query(Long.class).single()).isZero();
    }
}
