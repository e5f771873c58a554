package nianbao.ingest.flow;

import nianbao.infra.registry.ApicurioRegistry;
import nianbao.ingest.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on real parts, for tests annotated {@code @SpringBootTest(RANDOM_PORT)} and {@code @EmbeddedKafka}: the
 * shared Apicurio Registry (child process) and PostgreSQL, the server's port, the broker and the database.
 */
abstract class OnRealParts {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        properties.add("nianbao.schema-registry-url", () -> ApicurioRegistry.shared().ccompatUrl());
        properties.add("spring.datasource.url", TestDatabase::jdbcUrl);
    }

    @LocalServerPort
    int port;

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
