package nianbao.notify.digest;

import java.time.ZoneId;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The daily digest ({@code nianbao.digest.*}).
 *
 * @param zone the time zone whose calendar day a digest covers (and in which {@code nianbao.digest.cron} fires)
 */
@Validated
@ConfigurationProperties("nianbao.digest")
public record DigestProperties(@DefaultValue("Asia/Shanghai") @NotNull ZoneId zone) {
}
