package nianbao.validate.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayProgressTest {

    @Test
    void saysTheRateTheTimeLeftAndHowToResume() {
        ReplayProgress halfway = new ReplayProgress(500, 2000, Duration.ofSeconds(2), Instant.parse("2024-01-20T08:00:00Z"));

        assertThat(halfway.perSecond()).isEqualTo(250.0);
        assertThat(halfway.remaining()).isEqualTo(Duration.ofSeconds(6));
        assertThat(halfway.line()).isEqualTo("replayed 500/2000 reports, 250/s, about 6 s left; to resume: --from 2024-01-20T08:00:00Z");
    }

    @Test
    void aCompleteReplayHasNothingLeftAndNoResumePoint() {
        ReplayProgress done = new ReplayProgress(2000, 2000, Duration.ofSeconds(8), null);

        assertThat(done.remaining()).isEqualTo(Duration.ZERO);
        assertThat(done.line()).isEqualTo("replayed 2000/2000 reports, 250/s, about 0 s left");
    }
}
