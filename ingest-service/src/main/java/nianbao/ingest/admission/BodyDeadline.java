package nianbao.ingest.admission;

import java.time.Duration;

/**
 * When a request body has taken too long: after {@code timeout}, it must have averaged {@code minBytesPerSecond};
 * each {@code minBytesPerSecond} bytes received extend the allowance by one second (Apache httpd's mod_reqtimeout
 * counts the same way). A body that trickles is cut once the allowance is spent, however often bytes arrive.
 */
public record BodyDeadline(Duration timeout, long minBytesPerSecond) {

    public BodyDeadline {
        if (timeout.isNegative() || timeout.isZero() || minBytesPerSecond < 1) {
            throw new IllegalArgumentException("timeout and rate must be positive");
        }
    }

    /** The time a body may have taken once {@code bytesReceived} bytes of it have arrived. */
    public long allowanceNanos(long bytesReceived) {
        // bodies are megabytes: the product stays far below Long.MAX_VALUE (9.2 GB × 10⁹ would reach it)
        long earned = Math.multiplyExact(Math.min(bytesReceived, Long.MAX_VALUE / 1_000_000_000L), 1_000_000_000L)
                / minBytesPerSecond;
        return timeout.toNanos() + earned;
    }

    public boolean exceeded(long elapsedNanos, long bytesReceived) {
        return elapsedNanos > allowanceNanos(bytesReceived);
    }
}
