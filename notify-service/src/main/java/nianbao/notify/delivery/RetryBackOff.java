package nianbao.notify.delivery;

import java.time.Duration;

/** Exponential back-off between attempts at a failing delivery: base, 2×base, 4×base … capped at max. */
public record RetryBackOff(Duration base, Duration max) {

    /** @param failedAttempts attempts made so far, all failed (at least 1) */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
