package nianbao.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RestartBackOffTest {

    @Test
    void doublesFromOneSecondAndStopsAtThirty() {
        RestartBackOff backOff = RestartBackOff.DEFAULT;
        assertThat(IntStream.rangeClosed(1, 7).mapToObj(backOff::delayBefore).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
        assertThat(backOff.delayBefore(1000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aMinuteOfHealthStartsTheCountAfresh() {
        RestartBackOff backOff = RestartBackOff.DEFAULT;
        assertThat(backOff.crashesInARow(0, Duration.ZERO)).isEqualTo(1);
        assertThat(backOff.crashesInARow(4, Duration.ofSeconds(59))).isEqualTo(5);
        assertThat(backOff.crashesInARow(4, Duration.ofSeconds(60))).isEqualTo(1);
    }
}
