package nianbao.schemas.spring;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.validation.annotation.Validated;

/**
 * The blocking retries of a record that fails in a listener ({@code nianbao.kafka.retry.*}).
 *
 * @param maxElapsedMs the pauses between retries (0.5 s, doubling) add up to at most this many milliseconds; then
 *                     the record is dead-lettered. 0: dead-lettered at its first failure
 */
@Validated
@ConfigurationProperties("nianbao.kafka.retry")
public record RetrySettings(@DefaultValue("10000") @Min(0) long maxElapsedMs) {

    /** The retries before a record is dead-lettered: 0.5 s, doubling, until {@code maxElapsedMs} of pauses. */
    public BackOff backOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxElapsedTime(maxElapsedMs);
        return backOff;
    }
}
