package nianbao.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Pins "now" to 2026-11-23 so that year ranges in expected messages are fixed. */
@TestConfiguration
public class FixedClock {

    @Bean
    @Primary
    Clock november2026() {
        return Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    }
}
