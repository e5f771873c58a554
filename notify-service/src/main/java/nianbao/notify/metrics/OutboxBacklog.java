package nianbao.notify.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@value #PENDING}: the outbox rows not yet sent (one per alert, supervisor and channel), counted on the partial
 * index {@code delivery_pending} and kept for {@link #MAX_AGE}, so frequent scrapes cost the database one count a
 * while. A backlog that only grows means a channel is down (see {@code nianbao.notices.failed}).
 */
@Component
class OutboxBacklog {

    static final String PENDING = "nianbao.outbox.pending";
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private Instant countedAt = Instant.MIN;
    private double pending = Double.NaN;

    OutboxBacklog(JdbcClient jdbc, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder(PENDING, this, OutboxBacklog::pending)
                .description("outbox rows not sent yet (recounted at most every 10 s)").register(registry);
    }

    /** The last count if recent enough, else a new one; NaN (no sample) while the database cannot be read. */
    synchronized double pending() {
        Instant now = clock.instant();
        if (now.isBefore(countedAt.plus(MAX_AGE))) return pending;
        try {
            pending = jdbc.sql("select count(*) from delivery where sent_at is null").query(Long.class).single();
        } catch (RuntimeException unreachable) {
            pending = Double.NaN;
        }
        countedAt = now;
        return pending;
    }
}
