package nianbao.notify;

import static org.assertj.core.api.Assertions.assertThat;

import nianbao.notify.alerts.AlertProperties;
import nianbao.notify.dashboard.DashboardLinkProperties;
import nianbao.notify.dashboard.LoginProperties;
import nianbao.notify.delivery.DeliveryProperties;
import nianbao.notify.digest.DigestProperties;
import nianbao.notify.mail.SenderProperties;
import nianbao.schemas.testing.SettingsStartup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** A bad setting stops notify-service's startup with a report naming the property. */
class NotifySettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({AlertProperties.class, DashboardLinkProperties.class, LoginProperties.class,
            DeliveryProperties.class, DigestProperties.class, SenderProperties.class})
    static class Settings {
    }

    private static final String[] VALID = {"nianbao.mail.from=nianbao-notify@example.org",
            "nianbao.dashboard-url=http://127.0.0.1:8083/"};

    private static String report(String bad) {
        String[] values = java.util.Arrays.copyOf(VALID, VALID.length + 1);
        values[VALID.length] = bad;
        return SettingsStartup.failureReport(Settings.class, values);
    }

    @Test
    void noLoginAttemptAtAll() {
        assertThat(report("nianbao.login.failures-per-address=0"))
                .contains("Origin: \"nianbao.login.failures-per-address\" from property source \"test\"")
                .contains("Reason: must be greater than or equal to 1");
    }

    @Test
    void aZeroLease() {
        assertThat(report("nianbao.delivery.lease=PT0S"))
                .contains("Origin: \"nianbao.delivery.lease\" from property source \"test\"")
                .contains("Reason: must be longer than or equal to 1 second");
    }

    @Test
    void aLongestPauseShorterThanTheFirst() {
        assertThat(report("nianbao.delivery.retry-max=PT1S"))
                .contains("Reason: retry-max must not be shorter than retry-base");
    }

    @Test
    void aDashboardLinkThatIsNoUrl() {
        assertThat(report("nianbao.dashboard-url=dashboard"))
                .contains("Origin: \"nianbao.dashboard-url\" from property source \"test\"")
                .contains("Reason: must be a valid URL");
    }

    @Test
    void noSender() {
        assertThat(SettingsStartup.failureReport(Settings.class, VALID[1]))
                .contains("Property: nianbao.mail.from")
                .contains("Reason: must not be blank");
    }

    @Test
    void noAlertingOutcome() {
        assertThat(report("nianbao.alerts.outcomes="))
                .contains("Origin: \"nianbao.alerts.outcomes\" from property source \"test\"")
                .contains("Reason: must not be empty");
    }

    @Test
    void anUnknownTimeZone() {
        assertThat(report("nianbao.digest.zone=Asia/Beijing"))
                .contains("Property: nianbao.digest.zone")
                .contains("Value: \"Asia/Beijing\"");
    }
}
