package nianbao.schemas.testing;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * W3C trace context ({@code traceparent: 00-<trace id>-<span id>-<flags>}) for tests that follow one submission's
 * trace id through HTTP and the report topics.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";

    private TraceContext() {
    }

    /** A fresh, sampled {@code traceparent} value of the given trace id, as an upstream caller would send it. */
    public static String traceparent(String traceId) {
        return "00-" + traceId + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong() | 1) + "-01";
    }

    /** A random 32-hex-digit trace id. */
    public static String newTraceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HexFormat.of().toHexDigits(random.nextLong() | 1) + HexFormat.of().toHexDigits(random.nextLong());
    }

    /** The trace id of a record's {@code traceparent} header; fails if it has none. */
    public static String traceId(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        if (header == null) throw new AssertionError("no " + HEADER + " header");
        return traceIdOf(new String(header.value(), StandardCharsets.UTF_8));
    }

    static String traceIdOf(String traceparent) {
        String[] parts = traceparent.split("-");
        if (parts.length != 4 || parts[1].length() != 32) throw new AssertionError("not a traceparent: " + traceparent);
        return parts[1];
    }
}
