package nianbao.schemas.testing;

import java.time.Duration;
import java.util.UUID;
import nianbao.infra.registry.ApicurioRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of a service's integration test on real parts: an embedded KRaft broker (one per test context, sized for a
 * single node and 25 MiB records) and the JVM's shared Apicurio Registry, wired into the service's properties, and a
 * fresh {@link TopicProbe} and agency id per test. Subclasses add {@code @SpringBootTest}.
 */
@EmbeddedKafka(partitions = 1, brokerProperties = {"transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1", "transaction.state.log.num.partitions=1",
        "offsets.topic.num.partitions=1", "message.max.bytes=26214400"})
public abstract class ReportTopicsIT {

    protected static final String REGISTRY = ApicurioRegistry.shared().ccompatUrl();
    /** Bounded waits for events; generous because the build machine may be busy. */
    protected static final Duration WAIT = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> System.getProperty("spring.embedded.kafka.brokers"));
        registry.add("nianbao.schema-registry-url", () -> REGISTRY);
    }

    @Autowired
    protected EmbeddedKafkaBroker broker;

    protected TopicProbe topics;
    /** Each test's own agency (the topics' key), so tests sharing a broker never read each other's events. */
    protected String agency;

    @BeforeEach
    void openProbe() {
        topics = new TopicProbe(broker.getBrokersAsString(), REGISTRY);
        agency = "agency-" + UUID.randomUUID();
    }

    @AfterEach
    void closeProbe() {
        topics.close();
    }
}
