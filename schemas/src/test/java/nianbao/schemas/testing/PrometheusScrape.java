package nianbao.schemas.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One read of a service's {@code /actuator/prometheus}, and the value of a series in it. */
public record PrometheusScrape(int status, String text) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Reads {@code http://127.0.0.1:<port>/actuator/prometheus}, anonymously. */
    public static PrometheusScrape of(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new PrometheusScrape(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The value of one series, written as Prometheus writes it ({@code name{label="value",…}}, labels in name order);
     * 0 when it is absent, as a counter is before its first increment.
     */
    public double value(String series) {
        return text.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).strip()))
                .orElse(0.0);
    }

    /** How much a series grew since an earlier read (a counter's increments in between). */
    public double increaseSince(PrometheusScrape earlier, String series) {
        return value(series) - earlier.value(series);
    }

    /** Whether any series of the metric {@code name} is there (its samples start with the name). */
    public boolean has(String name) {
        return text.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }
}
