package nianbao.notify.directory;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local profile's seed (notify-service/local/application-local.yml; never in the default configuration or the
 * jar): {@code nianbao.supervisors} (login = the e-mail's part before '@'), {@code nianbao.admins} and
 * {@code nianbao.agencies}. Passwords only as Spring Security encoded hashes, keys only as SHA-256 digests. Each
 * entry is inserted at startup unless its login or id is present, so what an administrator changed stays.
 */
@ConfigurationProperties("nianbao")
public record SeedProperties(List<SupervisorSeed> supervisors, List<AdminSeed> admins, List<AgencySeed> agencies) {

    public SeedProperties {
        supervisors = supervisors == null ? List.of() : List.copyOf(supervisors);
        admins = admins == null ? List.of() : List.copyOf(admins);
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }

    public record SupervisorSeed(String name, String email, String passwordHash, String webhookUrl,
                                 String webhookSecret, List<String> regionCodes, Set<String> levels,
                                 boolean dailyDigest) {

        public String login() {
            if (email == null || !email.contains("@")) {
                throw new IllegalArgumentException("supervisor " + name + " needs an e-mail address");
            }
            return email.substring(0, email.indexOf('@'));
        }
    }

    public record AdminSeed(String login, String name, String passwordHash) {
    }

    public record AgencySeed(String id, String name, String regionCode, String level, String parentGovernment,
                             String apiKeySha256) {
    }
}
