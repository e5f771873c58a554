package nianbao.schemas.spring;

import static org.assertj.core.api.Assertions.assertThat;

import nianbao.schemas.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.FieldError;

/** Partitions and listener threads are settings with defaults; a value out of range stops startup, naming it. */
class SettingsValidationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({TopicSettings.class, ListenerSettings.class})
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void defaultsAreTwelvePartitionsOneReplicaAndTwoThreads() {
        context.run(started -> {
            assertThat(started.getBean(TopicSettings.class)).isEqualTo(new TopicSettings(12, (short) 1));
            assertThat(started.getBean(ListenerSettings.class).concurrency()).isEqualTo(2);
            NewTopic parsed = started.getBean(TopicSettings.class).newTopic(Topics.REPORT_PARSED);
            assertThat(parsed.name()).isEqualTo("report-parsed");
            assertThat(parsed.numPartitions()).isEqualTo(12);
            assertThat(parsed.replicationFactor()).isEqualTo((short) 1);
            assertThat(started.getBean(TopicSettings.class).newDeadLetterTopic(Topics.REPORT_PARSED).name()).isEqualTo("report-parsed-dlt");
        });
    }

    @Test
    void valuesInRangeAreTaken() {
        context.withPropertyValues("nianbao.topics.partitions=24", "nianbao.topics.replication-factor=3",
                "nianbao.listener.concurrency=4").run(started -> {
            assertThat(started.getBean(TopicSettings.class)).isEqualTo(new TopicSettings(24, (short) 3));
            assertThat(started.getBean(ListenerSettings.class).concurrency()).isEqualTo(4);
        });
    }

    @Test
    void zeroPartitionsStopStartupNamingTheProperty() {
        assertRefused("nianbao.topics.partitions=0", "nianbao.topics.partitions");
    }

    @Test
    void zeroReplicasStopStartupNamingTheProperty() {
        assertRefused("nianbao.topics.replication-factor=0", "nianbao.topics.replicationFactor");
    }

    @Test
    void tooManyListenerThreadsStopStartupNamingTheProperty() {
        assertRefused("nianbao.listener.concurrency=65", "nianbao.listener.concurrency");
        assertRefused("nianbao.listener.concurrency=0", "nianbao.listener.concurrency");
    }

    private void assertRefused(String setting, String property) {
        context.withPropertyValues(setting).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).hasRootCauseInstanceOf(BindValidationException.class);
            BindValidationException refused = (BindValidationException) rootCause(started.getStartupFailure());
            assertThat(refused.getValidationErrors().getAllErrors()).singleElement()
                    .satisfies(error -> assertThat(refused.getValidationErrors().getName() + "." + ((FieldError) error).getField())
                            .isEqualTo(property));
        });
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) cause = cause.getCause();
        return cause;
    }
}
