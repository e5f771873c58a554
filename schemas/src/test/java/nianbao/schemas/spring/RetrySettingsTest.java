package nianbao.schemas.spring;

import static org.assertj.core.api.Assertions.assertThat;

import nianbao.schemas.testing.SettingsStartup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

class RetrySettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({RetrySettings.class, ListenerSettings.class})
    static class Settings {
    }

    @Test
    void aNegativeRetryTimeStopsStartupNamingTheProperty() {
        assertThat(SettingsStartup.failureReport(Settings.class, "nianbao.kafka.retry.max-elapsed-ms=-1")).isEqualTo("""
                Binding to target nianbao.schemas.spring.RetrySettings failed:

                    Property: nianbao.kafka.retry.maxElapsedMs
                    Value: "-1"
                    Origin: "nianbao.kafka.retry.max-elapsed-ms" from property source "test"
                    Reason: must be greater than or equal to 0
                """);
    }

    @Test
    void tooManyListenerThreadsStopStartupNamingTheProperty() {
        assertThat(SettingsStartup.failureReport(Settings.class, "nianbao.listener.concurrency=65"))
                .contains("Origin: \"nianbao.listener.concurrency\" from property source \"test\"")
                .contains("Reason: must be less than or equal to 64");
    }
}
