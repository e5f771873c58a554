package nianbao.localstack;

import java.time.Duration;

/**
 * How long the supervisor waits before restarting a service that died: {@code first}, doubling with each crash in a
 * row, at most {@code max}. A service that had been healthy for {@code stableAfter} before it died starts the count
 * afresh, so one crash a day always waits {@code first}, while a service that dies at every start is not restarted in
 * a tight loop.
 */
record RestartBackOff(Duration first, Duration max, Duration stableAfter) {

    /** 1 s, 2 s, 4 s … 30 s; reset after a minute of health. */
    static final RestartBackOff DEFAULT = new RestartBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofMinutes(1));

    RestartBackOff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= max: " + first + ", " + max);
        }
    }

    /** @param crashesInARow this crash and the ones right before it (at least 1) */
    Duration delayBefore(int crashesInARow) {
        int doublings = Math.min(crashesInARow - 1, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** The count of crashes in a row after a crash of a process that had been healthy for {@code healthyFor}. */
    int crashesInARow(int before, Duration healthyFor) {
        return healthyFor.compareTo(stableAfter) >= 0 ? 1 : before + 1;
    }
}
