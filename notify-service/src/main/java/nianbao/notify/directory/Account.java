package nianbao.notify.directory;

import java.util.List;

/**
 * A dashboard or administration account as the administration shows it (never with its password hash or webhook
 * secret). {@code regionCodes} and {@code levels} are a supervisor's jurisdiction; an administrator has none.
 * {@code webhookUrl} is null when notices go by e-mail only.
 */
public record Account(String login, Role role, String name, String email, List<String> regionCodes,
                      List<String> levels, String webhookUrl, boolean dailyDigest, boolean active) {

    public enum Role { SUPERVISOR, ADMIN }
}
