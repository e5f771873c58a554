package nianbao.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a service in the supervision test: a small JVM that answers {@code GET /actuator/health} with 200
 * on the port given as its argument, until it is killed.
 */
public final class HealthEndpoint {

    private HealthEndpoint() {
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
        server.createContext("/actuator/health", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }
}
