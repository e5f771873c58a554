package nianbao.notify.delivery;

import java.time.Duration;
import jakarta.validation.constraints.AssertTrue;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How notices are delivered ({@code nianbao.delivery.*}).
 *
 * @param lease     how long a claimed notice is withheld from other dispatchers (and a digest day from other
 *                  instances); it must outlast one send
 * @param retryBase the pause after a first failed send, doubling with each further failure
 * @param retryMax  the longest pause between two sends of one notice
 */
@Validated
@ConfigurationProperties("nianbao.delivery")
public record DeliveryProperties(@DefaultValue("PT2M") @DurationMin(seconds = 1) Duration lease,
                                 @DefaultValue("PT2S") @DurationMin(millis = 1) Duration retryBase,
                                 @DefaultValue("PT10M") @DurationMin(millis = 1) Duration retryMax) {

    public RetryBackOff backOff() {
        return new RetryBackOff(retryBase, retryMax);
    }

    @AssertTrue(message = "retry-max must not be shorter than retry-base")
    boolean isRetryMaxAtLeastBase() {
        return retryBase == null || retryMax == null || retryMax.compareTo(retryBase) >= 0;
    }
}
