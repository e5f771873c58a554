package nianbao.notify.alerts;

import java.util.Set;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which findings open an alert ({@code nianbao.alerts.*}): those with one of {@code outcomes} and one of
 * {@code severities}.
 */
@Validated
@ConfigurationProperties("nianbao.alerts")
public record AlertProperties(@DefaultValue("FAIL") @NotEmpty Set<String> outcomes,
                              @DefaultValue({"ERROR", "WARNING"}) @NotEmpty Set<String> severities) {

    public AlertPolicy policy() {
        return new AlertPolicy(outcomes, severities);
    }
}
