package nianbao.validate.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nianbao.schemas.testing.SettingsStartup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** A bad replay setting stops the replay before it reads anything, with a report naming the property. */
class ReplayPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReplayProperties.class)
    static class Settings {
    }

    @Test
    void aChunkOfNoReports() {
        assertThat(SettingsStartup.failureReport(Settings.class, "nianbao.replay.from=beginning",
                "nianbao.replay.chunk-size=0"))
                .contains("Origin: \"nianbao.replay.chunk-size\" from property source \"test\"")
                .contains("Reason: must be greater than or equal to 1");
    }

    @Test
    void aStartThatIsNeitherBeginningNorAnInstant() {
        assertThat(SettingsStartup.failureReport(Settings.class, "nianbao.replay.from=2024-01-01"))
                .contains("Origin: \"nianbao.replay.from\" from property source \"test\"")
                .contains("Reason: must be 'beginning' or an instant such as 2024-01-01T00:00:00Z");
    }

    @Test
    void theStartOfAReplay() {
        assertThat(new ReplayProperties("beginning", 500).fromInstant()).isEqualTo(Instant.EPOCH);
        assertThat(new ReplayProperties("2023-01-20T00:00:00Z", 500).fromInstant())
                .isEqualTo(Instant.ofEpochSecond(1674172800));
    }
}
