package nianbao.notify.routing;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nianbao.supervisors}: who is told about which agencies. The dashboard login is the part of the e-mail address
 * before '@'; {@code passwordHash} is a Spring Security encoded password such as {@code {bcrypt}$2a$10$…}.
 */
@ConfigurationProperties("nianbao")
public record SupervisorProperties(List<Entry> supervisors) {

    public SupervisorProperties {
        supervisors = supervisors == null ? List.of() : List.copyOf(supervisors);
    }

    public record Entry(String name, String email, String passwordHash, String webhookUrl, String webhookSecret,
                        List<String> regionCodes, Set<String> levels, boolean dailyDigest) {

        Supervisor toSupervisor() {
            if (email == null || !email.contains("@")) {
                throw new IllegalArgumentException("supervisor " + name + " needs an e-mail address");
            }
            boolean webhook = webhookUrl != null && !webhookUrl.isBlank();
            if (webhook && (webhookSecret == null || webhookSecret.isBlank())) {
                throw new IllegalArgumentException("supervisor " + name + " has a webhook URL but no secret to sign with");
            }
            return new Supervisor(email.substring(0, email.indexOf('@')), name, email, webhook ? webhookUrl : null,
                    webhook ? webhookSecret : null, new Jurisdiction(regionCodes == null ? List.of() : regionCodes, levels),
                    dailyDigest);
        }
    }

    public SupervisorDirectory directory() {
        return new SupervisorDirectory(supervisors.stream().map(Entry::toSupervisor).toList());
    }
}
