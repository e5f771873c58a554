package nianbao.notify.routing;

/**
 * A 政务公开办 that receives alerts. {@code username} is its dashboard login; {@code webhookUrl} and
 * {@code webhookSecret} are null when it takes e-mail only; {@code dailyDigest} asks for a morning summary mail.
 */
public record Supervisor(String username, String name, String email, String webhookUrl, String webhookSecret,
                         Jurisdiction jurisdiction, boolean dailyDigest) {

    public boolean hasWebhook() {
        return webhookUrl != null && !webhookUrl.isBlank();
    }

    public boolean oversees(Agency agency) {
        return jurisdiction.covers(agency);
    }
}
