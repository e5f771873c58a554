package nianbao.notify.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-03-01T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private final LoginThrottle throttle = new LoginThrottle(5, 20, clock);

    private void fail(String login, String address, int times) {
        for (int i = 0; i < times; i++) throttle.failed(login, address);
    }

    @Test
    void fiveFailuresOfALoginMakeItWaitThirtySecondsThenTheDelayDoubles() {
        fail("kaifeng-gongkai", "10.0.0.1", 4);
        assertThat(throttle.waitFor("kaifeng-gongkai", "10.0.0.1")).isEmpty();
        fail("kaifeng-gongkai", "10.0.0.1", 1);
        assertThat(throttle.waitFor("kaifeng-gongkai", "10.0.0.9")).contains(Duration.ofSeconds(30));
        // the login is what is throttled, from any address, in any case
        assertThat(throttle.waitFor("Kaifeng-Gongkai ", "10.0.0.2")).contains(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("henan-gongkai", "10.0.0.2")).isEmpty();

        now = now.plusSeconds(30);
        assertThat(throttle.waitFor("kaifeng-gongkai", "10.0.0.1")).isEmpty();
        fail("kaifeng-gongkai", "10.0.0.1", 1);
        assertThat(throttle.waitFor("kaifeng-gongkai", "10.0.0.1")).contains(Duration.ofSeconds(60));
    }

    @Test
    void theDelayStopsGrowingAtFifteenMinutesAndIsForgottenAfterThem() {
        assertThat(LoginThrottle.delay(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.delay(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(LoginThrottle.delay(5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.delay(60)).isEqualTo(Duration.ofMinutes(15));
        fail("henan-gongkai", "10.0.0.1", 12);
        assertThat(throttle.waitFor("henan-gongkai", "10.0.0.1")).contains(Duration.ofMinutes(15));
        now = now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertThat(throttle.waitFor("henan-gongkai", "10.0.0.1")).isEmpty();
        fail("henan-gongkai", "10.0.0.1", 1);
        assertThat(throttle.waitFor("henan-gongkai", "10.0.0.1")).isEmpty();
    }

    @Test
    void twentyFailuresFromOneAddressThrottleEveryLoginFromIt() {
        for (int i = 0; i < 20; i++) throttle.failed("guess-" + i, "203.0.113.7");
        assertThat(throttle.waitFor("zhejiang-gongkai", "203.0.113.7")).contains(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("zhejiang-gongkai", "203.0.113.8")).isEmpty();
    }

    @Test
    void aSuccessClearsTheLoginsCount() {
        fail("nantong-gongkai", "10.0.0.1", 4);
        throttle.succeeded("nantong-gongkai");
        fail("nantong-gongkai", "10.0.0.1", 4);
        assertThat(throttle.waitFor("nantong-gongkai", "10.0.0.1")).isEmpty();
    }
}
