package nianbao.validate.replay;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a replay stands after a chunk: how many reports are published, at what rate, how long the rest will take, and
 * the {@code --from} that resumes it (the submission time of the first report not yet published; a report published
 * twice changes nothing, its findings keep their fingerprints).
 *
 * @param resumeFrom null when the replay is complete
 */
record ReplayProgress(int done, int total, Duration elapsed, Instant resumeFrom) {

    double perSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** The time the remaining reports take at the rate so far; zero when nothing is left or no rate is known yet. */
    Duration remaining() {
        double rate = perSecond();
        return rate <= 0 || done >= total ? Duration.ZERO : Duration.ofMillis(Math.round((total - done) / rate * 1000));
    }

    String line() {
        String head = String.format("replayed %d/%d reports, %.0f/s, about %d s left", done, total, perSecond(),
                remaining().toSeconds());
        return resumeFrom == null ? head : head + "; to resume: --from " + resumeFrom;
    }
}
