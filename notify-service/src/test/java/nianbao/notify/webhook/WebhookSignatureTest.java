package nianbao.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Expected values computed outside Java with OpenSSL; each command is beside its value. */
class WebhookSignatureTest {

    private static final Instant NEW_YEAR_2026 = Instant.parse("2026-01-01T00:00:00Z"); // 1767225600

    @Test
    void signsTheTimestampAFullStopAndTheBody() {
        // printf '%s' '1767225600.{"noticeId":"n1"}' | openssl dgst -sha256 -hmac 'kaifeng-secret'
        assertThat(WebhookSignature.sign(NEW_YEAR_2026, bytes("{\"noticeId\":\"n1\"}"), "kaifeng-secret"))
                .isEqualTo("sha256=0a508ea1c5e33bede521cc1a6182b9aa4ef6be3e6c835d9dabc354894bde411c");
    }

    @Test
    void signsTheBodyAsUtf8Bytes() {
        // printf '%s' '1767225600.{"agency":"龙亭区"}' | openssl dgst -sha256 -hmac 'kaifeng-secret'   (UTF-8 shell)
        assertThat(WebhookSignature.sign(NEW_YEAR_2026, bytes("{\"agency\":\"龙亭区\"}"), "kaifeng-secret"))
                .isEqualTo("sha256=92272e0d3e652154dce91bf2ae46a1d4f11db35c97da5fa6236edd1a0d90d9c8");
    }

    @Test
    void aSecondLaterOrOneByteMoreIsAnotherSignature() {
        // printf '%s' '1767225601.{"noticeId":"n1"}' | openssl dgst -sha256 -hmac 'kaifeng-secret'
        assertThat(WebhookSignature.sign(NEW_YEAR_2026.plusSeconds(1), bytes("{\"noticeId\":\"n1\"}"), "kaifeng-secret"))
                .isEqualTo("sha256=f16022b52fb1b3157abb3f7bdfeb07ae62f8c5cf2e65cbef0f648c739bb78ed3");
        // printf '%s' '1767225600.{"noticeId":"n1"} ' | openssl dgst -sha256 -hmac 'kaifeng-secret'
        assertThat(WebhookSignature.sign(NEW_YEAR_2026, bytes("{\"noticeId\":\"n1\"} "), "kaifeng-secret"))
                .isEqualTo("sha256=d818630ecfab9873488b85a8d9511d8fb88cb57aa98e00d46a31699d2d79d452");
    }

    @Test
    void onlyWholeSecondsAreSigned() {
        // the header carries Unix seconds, so a receiver can only recompute over those
        assertThat(WebhookSignature.sign(NEW_YEAR_2026.plusMillis(999), bytes("{\"noticeId\":\"n1\"}"), "kaifeng-secret"))
                .isEqualTo("sha256=0a508ea1c5e33bede521cc1a6182b9aa4ef6be3e6c835d9dabc354894bde411c");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
