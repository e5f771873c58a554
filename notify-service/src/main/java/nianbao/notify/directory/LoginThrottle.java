package nianbao.notify.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing on the login form. Failed attempts are counted per login and per client address;
 * from the {@code loginLimit}-th failure of a login (or the {@code addressLimit}-th from one address: an office behind
 * one address has many users) every further attempt is refused, without checking the password, until a delay has
 * passed since the last failure: 30 s, doubling with each further failure, at most 15 minutes. A success clears the
 * login's count; counts are forgotten 15 minutes after their last failure. In memory, per instance: a restart or a
 * second instance gives an attacker at most one more round.
 */
public final class LoginThrottle {

    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final int SWEEP_SIZE = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int loginLimit;
    private final int addressLimit;
    private final Clock clock;

    public LoginThrottle(int loginLimit, int addressLimit, Clock clock) {
        this.loginLimit = loginLimit;
        this.addressLimit = addressLimit;
        this.clock = clock;
    }

    /** How long this login from this address must still wait; empty when it may try now. */
    public Optional<Duration> waitFor(String login, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(loginKey(login), loginLimit, now), remaining(addressKey(address), addressLimit, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_SIZE) failures.values().removeIf(f -> forgotten(f, now));
        failures.merge(loginKey(login), new Failures(1, now), (old, one) -> next(old, now));
        failures.merge(addressKey(address), new Failures(1, now), (old, one) -> next(old, now));
    }

    public void succeeded(String login) {
        failures.remove(loginKey(login));
    }

    private Failures next(Failures old, Instant now) {
        return new Failures(forgotten(old, now) ? 1 : old.count() + 1, now);
    }

    private Duration remaining(String key, int limit, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < limit || forgotten(f, now)) return Duration.ZERO;
        Duration until = Duration.between(now, f.last().plus(delay(f.count() - limit)));
        return until.isNegative() ? Duration.ZERO : until;
    }

    /** 30 s after the limit is reached, doubling with every failure beyond it, at most 15 minutes. */
    static Duration delay(int failuresBeyondLimit) {
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(failuresBeyondLimit, 10));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static boolean forgotten(Failures f, Instant now) {
        return f.last().plus(MAX_DELAY).isBefore(now);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String loginKey(String login) {
        return "login:" + (login == null ? "" : login.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
