package nianbao.notify.dashboard;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The throttling of dashboard logins ({@code nianbao.login.*}): failed attempts allowed per login name and per client
 * address before further attempts are refused for a while.
 */
@Validated
@ConfigurationProperties("nianbao.login")
public record LoginProperties(@DefaultValue("5") @Min(1) int failuresPerLogin,
                              @DefaultValue("20") @Min(1) int failuresPerAddress) {
}
