package nianbao.ingest.agencies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import nianbao.ingest.Sha256;

/** API keys are kept only as SHA-256 digests and compared in constant time. */
public final class ApiKeys {

    private ApiKeys() {
    }

    /** The digest to configure as {@code apiKeySha256}. */
    public static String sha256Hex(String apiKey) {
        return Sha256.hex(apiKey.getBytes(StandardCharsets.UTF_8));
    }

    /** Constant-time: the time taken does not reveal how many leading bytes of the digest matched. */
    public static boolean matches(String apiKey, String expectedSha256Hex) {
        return MessageDigest.isEqual(Sha256.digest(apiKey.getBytes(StandardCharsets.UTF_8)),
                HexFormat.of().parseHex(expectedSha256Hex));
    }
}
