package nianbao.ingest.agencies;

import java.nio.charset.StandardCharsets;
import nianbao.report.Sha256;

/**
 * API keys are kept only as SHA-256 digests. A presented key is hashed once and its digest looked up by index: the
 * comparison the index makes can at most tell an attacker how much of a digest matched, and a digest of a key is
 * no help in finding the key (keys are 256 random bits).
 */
public final class ApiKeys {

    private ApiKeys() {
    }

    /** Lower-case hex, as stored in {@code agency.api_key_sha256} and carried by the directory topic. */
    public static String sha256Hex(String apiKey) {
        return Sha256.hex(apiKey.getBytes(StandardCharsets.UTF_8));
    }
}
