package nianbao.validate.replay;

import java.time.Instant;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * A replay ({@code nianbao.replay.*}; {@code ./nianbao-replay} sets them).
 *
 * @param from      {@code beginning}, or an instant (e.g. {@code 2024-01-01T00:00:00Z}): the reports submitted since
 *                  then are validated again; unset, the service runs as usual
 * @param chunkSize reports published per transaction
 */
@Validated
@ConfigurationProperties("nianbao.replay")
public record ReplayProperties(@Pattern(regexp = "beginning|\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z",
                                       message = "must be 'beginning' or an instant such as 2024-01-01T00:00:00Z")
                               String from,
                               @DefaultValue("500") @Min(1) int chunkSize) {

    Instant fromInstant() {
        return "beginning".equals(from) ? Instant.EPOCH : Instant.parse(from);
    }
}
