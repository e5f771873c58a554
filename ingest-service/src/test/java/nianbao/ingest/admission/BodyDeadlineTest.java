package nianbao.ingest.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BodyDeadlineTest {

    private static final long SECOND = 1_000_000_000L;
    private final BodyDeadline deadline = new BodyDeadline(Duration.ofSeconds(20), 16 * 1024);

    @Test
    void theTimeoutHoldsForABodyThatBringsNothing() {
        assertThat(deadline.allowanceNanos(0)).isEqualTo(20 * SECOND);
        assertThat(deadline.exceeded(20 * SECOND, 0)).isFalse();
        assertThat(deadline.exceeded(20 * SECOND + 1, 0)).isTrue();
    }

    @Test
    void everyMinimumRateOfBytesEarnsOneSecond() {
        // 20 MiB at 16 KiB/s: 1280 s more
        assertThat(deadline.allowanceNanos(20L * 1024 * 1024)).isEqualTo(1300 * SECOND);
        assertThat(deadline.allowanceNanos(8 * 1024)).isEqualTo(20 * SECOND + SECOND / 2);
    }

    @Test
    void aByteEveryFiveSecondsIsCutSoonAfterTheTimeout() {
        // 5 bytes in 25 s earn 5/16384 of a second
        assertThat(deadline.exceeded(25 * SECOND, 5)).isTrue();
        assertThat(deadline.exceeded(19 * SECOND, 4)).isFalse();
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new BodyDeadline(Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BodyDeadline(Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
