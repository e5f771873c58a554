package nianbao.localstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submits reports to ingest-service the way an agency's tool (POST /api/reports) or the intake page (POST
 * /portal/reports) does: multipart with the agency's API key (without one given, the local seed's key of a sample
 * agency, {@code <agency id>-key}).
 */
final class IngestClient {

    private static final Pattern SUBMISSION_ID = Pattern.compile("\"submissionId\"\\s*:\\s*\"([^\"]+)\"");

    /** The HTTP status and the submission id of the receipt. */
    record Receipt(int status, String submissionId, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;

    IngestClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Receipt submit(String agencyId, int reportYear, String fileName, byte[] content)
            throws IOException, InterruptedException {
        return submit("/api/reports", agencyId, reportYear, fileName, content);
    }

    /** @param path {@code /api/reports} (channel API) or {@code /portal/reports} (what the intake page posts to) */
    Receipt submit(String path, String agencyId, int reportYear, String fileName, byte[] content)
            throws IOException, InterruptedException {
        return submit(path, agencyId, agencyId + "-key", reportYear, fileName, content);
    }

    Receipt submit(String path, String agencyId, String apiKey, int reportYear, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "nianbao-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "agencyId", agencyId);
        field(body, boundary, "reportYear", Integer.toString(reportYear));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("X-Api-Key", apiKey)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = SUBMISSION_ID.matcher(response.body());
        return new Receipt(response.statusCode(), id.find() ? id.group(1) : null, response.body());
    }

    /** Whether ingest-service accepts the key yet: {@code GET /api/submissions} answers 200 (an unknown key: 401). */
    boolean recognises(String apiKey) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/submissions")).timeout(Duration.ofSeconds(60))
                .header("X-Api-Key", apiKey).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value)
            throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
