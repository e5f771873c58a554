package nianbao.notify.directory;

import java.security.SecureRandom;
import java.util.Base64;
import nianbao.report.Sha256;

/** New API keys: 256 random bits, URL-safe Base64 (43 characters). Only their SHA-256 is ever stored. */
public final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public static String newKey() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** Lower-case hex, as ingest-service computes it from the presented {@code X-Api-Key}. */
    public static String sha256Hex(String apiKey) {
        return Sha256.hex(apiKey);
    }
}
