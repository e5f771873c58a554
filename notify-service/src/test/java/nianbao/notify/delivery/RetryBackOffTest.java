package nianbao.notify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryBackOffTest {

    @Test
    void doublesFromTheBaseUpToTheCap() {
        RetryBackOff backOff = new RetryBackOff(Duration.ofSeconds(2), Duration.ofSeconds(30));
        assertThat(backOff.delayAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backOff.delayAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backOff.delayAfter(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backOff.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backOff.delayAfter(500)).isEqualTo(Duration.ofSeconds(30));
    }
}
