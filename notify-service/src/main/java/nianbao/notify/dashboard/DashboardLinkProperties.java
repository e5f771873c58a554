package nianbao.notify.dashboard;

import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.URL;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Where supervisors reach the dashboard ({@code nianbao.dashboard-url}): the link in every mail and digest. */
@Validated
@ConfigurationProperties("nianbao")
public record DashboardLinkProperties(@NotBlank @URL String dashboardUrl) {
}
