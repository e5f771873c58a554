package nianbao.schemas.serde;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two calls of the Confluent registry API a serde makes (register a schema, fetch one by id), in memory on a
 * loopback port: for measuring the serde without a registry process. Counts the requests it answers.
 */
final class StubRegistry implements AutoCloseable {

    private final HttpServer server;
    private final Map<Integer, String> bodiesById = new ConcurrentHashMap<>();
    private final Map<String, Integer> idsByBody = new ConcurrentHashMap<>();
    final AtomicInteger requests = new AtomicInteger();

    StubRegistry() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        String answer;
        if (exchange.getRequestMethod().equals("POST") && path.endsWith("/versions")) {
            // the request body is {"schema": "<schema JSON as a string>"}: the answer to a fetch by id is the same shape
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int id = idsByBody.computeIfAbsent(body, b -> idsByBody.size() + 1);
            bodiesById.putIfAbsent(id, body);
            answer = "{\"id\":" + id + "}";
        } else if (path.startsWith("/schemas/ids/")) {
            answer = bodiesById.get(Integer.parseInt(path.substring("/schemas/ids/".length())));
        } else {
            answer = null;
        }
        byte[] bytes = (answer == null ? "{}" : answer).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer == null ? 404 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
