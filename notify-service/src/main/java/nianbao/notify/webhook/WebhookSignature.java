package nianbao.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with the supervisor's secret over {@code <timestamp>.<body>}: the timestamp (Unix seconds, sent as
 * {@code X-Nianbao-Timestamp}) followed by a full stop and the exact body bytes, sent as
 * {@code X-Nianbao-Signature: sha256=<hex>}. Signing the time lets a receiver refuse a captured request replayed
 * later: it recomputes the signature and accepts only a timestamp within its window (docs: five minutes).
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Nianbao-Signature";
    public static final String TIMESTAMP_HEADER = "X-Nianbao-Timestamp";

    private WebhookSignature() {
    }

    public static String sign(Instant timestamp, byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp.getEpochSecond() + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
