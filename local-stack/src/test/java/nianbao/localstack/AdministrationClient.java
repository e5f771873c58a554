package nianbao.localstack;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * notify-service's administration API as an administrator's browser uses it: form login on {@code /login} with the
 * CSRF token the page renders into its form, then JSON calls that echo the {@code XSRF-TOKEN} cookie in the
 * {@code X-XSRF-TOKEN} header (Spring Security's SPA mode), the session in its cookie.
 */
final class AdministrationClient {

    private static final Pattern FORM_TOKEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">");
    private static final Pattern ADDED = Pattern.compile("\"added\"\\s*:\\s*(\\d+)");
    private static final Pattern API_KEY = Pattern.compile("\"apiKey\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).cookieHandler(cookies).build();
    private final String baseUrl;

    private AdministrationClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Signs in; refuses with the answer when the account is not an administrator or the password is wrong. */
    static AdministrationClient login(String dashboardUrl, String login, String password)
            throws IOException, InterruptedException {
        AdministrationClient client = new AdministrationClient(dashboardUrl);
        String page = client.expect(200, client.request("/login").GET());
        Matcher token = FORM_TOKEN.matcher(page);
        if (!token.find()) throw new IllegalStateException("no CSRF token in the login page: " + page);
        String form = "username=" + encode(login) + "&password=" + encode(password) + "&" + encode(token.group(1))
                + "=" + encode(token.group(2));
        HttpResponse<String> signedIn = client.http.send(client.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String landing = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || !landing.endsWith("/admin")) {
            throw new IllegalStateException("login as " + login + " failed: " + signedIn.statusCode() + " to " + landing);
        }
        // the login replaced the CSRF token; any answer to the new session sets the new cookie
        client.expect(200, client.request("/api/admin/levels").GET());
        return client;
    }

    /** {@code POST /api/admin/agencies/import}: all or nothing; returns how many agencies were added. */
    int importAgencies(String csv) throws IOException, InterruptedException {
        String answer = expect(200, api("/api/admin/agencies/import").header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
        return Integer.parseInt(field(ADDED, answer));
    }

    /** {@code POST /api/admin/agencies/{id}/key}: the new key in clear, which the answer carries this once. */
    String issueKey(String agencyId) throws IOException, InterruptedException {
        return field(API_KEY, expect(200, api("/api/admin/agencies/" + agencyId + "/key")
                .POST(HttpRequest.BodyPublishers.noBody())));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
    }

    /** A state-changing API call: the CSRF cookie's value echoed in the header, as the administration page does. */
    private HttpRequest.Builder api(String path) {
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie")).getValue();
        return request(path).header("X-XSRF-TOKEN", token).header("Accept", "application/json");
    }

    private String expect(int status, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IllegalStateException(built.method() + " " + built.uri() + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }

    private static String field(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) throw new IllegalStateException("unexpected answer: " + json);
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
