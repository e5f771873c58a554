package nianbao.notify.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP webhook endpoint: {@code /hook/<name>}. It checks each request as a receiver should (the docs' recipe,
 * written here independently of the service's code): the HMAC-SHA256 with the secret it was given for that name over
 * {@code <X-Nianbao-Timestamp>.<body>}, and that timestamp within five minutes of its own clock. It answers the status
 * set for that name (200 unless told otherwise) and keeps what it got.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String name, int answered, boolean signatureValid, String deliveryId, String body) {
    }

    private static final long REPLAY_WINDOW_SECONDS = 300;

    private final HttpServer server;
    private final Map<String, String> secrets;
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver(Map<String, String> secrets) throws IOException {
        this.secrets = Map.copyOf(secrets);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/hook/".length());
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String signature = exchange.getRequestHeaders().getFirst("X-Nianbao-Signature");
            String timestamp = exchange.getRequestHeaders().getFirst("X-Nianbao-Timestamp");
            int status = statuses.getOrDefault(name, 200);
            received.add(new Received(name, status, verify(timestamp, body, signature, secrets.get(name)),
                    exchange.getRequestHeaders().getFirst("X-Nianbao-Delivery"), new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver start(Map<String, String> secretsByName) {
        try {
            return new WebhookReceiver(secretsByName);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook/";
    }

    public void answer(String name, int status) {
        statuses.put(name, status);
    }

    public List<Received> received(String name) {
        return received.stream().filter(r -> r.name().equals(name)).toList();
    }

    private static boolean verify(String timestamp, byte[] body, String signature, String secret) {
        if (timestamp == null || signature == null || secret == null) {
            return false;
        }
        try {
            if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > REPLAY_WINDOW_SECONDS) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            String expected = "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    signature.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
