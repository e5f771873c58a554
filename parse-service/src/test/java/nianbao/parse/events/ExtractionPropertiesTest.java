package nianbao.parse.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nianbao.parse.extract.ExtractionLimits;
import nianbao.schemas.testing.SettingsStartup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** A bad extraction setting stops parse-service's startup with a report naming the property. */
class ExtractionPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ExtractionProperties.class)
    static class Settings {
    }

    @Test
    void noWorker() {
        assertThat(SettingsStartup.failureReport(Settings.class, "nianbao.extraction.workers=0"))
                .contains("Origin: \"nianbao.extraction.workers\" from property source \"test\"")
                .contains("Reason: must be greater than or equal to 1");
    }

    @Test
    void aZeroTimeBudget() {
        assertThat(SettingsStartup.failureReport(Settings.class, "nianbao.extraction.time-budget=0s"))
                .contains("Origin: \"nianbao.extraction.time-budget\" from property source \"test\"")
                .contains("Reason: must be longer than or equal to 1 milli");
    }

    @Test
    void unsetLimitsKeepTheDefaults() {
        assertThat(new ExtractionProperties(null, null).limits()).isEqualTo(ExtractionLimits.DEFAULTS);
        assertThat(new ExtractionProperties(Duration.ofSeconds(30), 3).limits())
                .isEqualTo(ExtractionLimits.DEFAULTS.withTimeBudget(Duration.ofSeconds(30)).withWorkers(3));
    }
}
