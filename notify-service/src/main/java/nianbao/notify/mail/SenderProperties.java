package nianbao.notify.mail;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The sender of the service's mail ({@code nianbao.mail.from}); no default: a deployment names its own. */
@Validated
@ConfigurationProperties("nianbao.mail")
public record SenderProperties(@NotBlank String from) {
}
