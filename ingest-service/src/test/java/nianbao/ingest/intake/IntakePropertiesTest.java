package nianbao.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import nianbao.schemas.testing.SettingsStartup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** A bad intake setting stops ingest-service's startup with a report naming the property. */
class IntakePropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IntakeProperties.class)
    static class Settings {
    }

    @Test
    void aNegativeRepairGrace() {
        assertThat(SettingsStartup.failureReport(Settings.class, "nianbao.intake.repair-grace=-1s"))
                .contains("Origin: \"nianbao.intake.repair-grace\" from property source \"test\"")
                .contains("Reason: must be longer than or equal to 0");
    }

    @Test
    void anEmptyDocumentLimit() {
        assertThat(SettingsStartup.failureReport(Settings.class, "nianbao.intake.max-document-size=0B"))
                .contains("Reason: nianbao.intake.max-document-size must be at least 1 byte");
    }

    @Test
    void aDocumentLimitThatIsNoSize() {
        assertThat(SettingsStartup.failureReport(Settings.class, "nianbao.intake.max-document-size=twenty"))
                .contains("Property: nianbao.intake.max-document-size")
                .contains("Value: \"twenty\"");
    }
}
