package nianbao.notify.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP session against the dashboard or the administration: cookies, form login, the CSRF header on writes. */
public final class SupervisorSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private SupervisorSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static SupervisorSession anonymous(int port) {
        return new SupervisorSession("http://127.0.0.1:" + port);
    }

    /** Logs in through the form; fails unless the server redirects to the dashboard. */
    public static SupervisorSession login(int port, String username, String password) {
        SupervisorSession session = anonymous(port);
        HttpResponse<String> answer = session.attemptLogin(username, password);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login of " + username + " failed: " + answer.statusCode() + " " + location);
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** The lines of a server-sent event stream, as they arrive. */
    public java.util.stream.Stream<String> stream(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofLines()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postJson(String path, String json) {
        return write("POST", path, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    public HttpResponse<String> putJson(String path, String json) {
        return write("PUT", path, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return write("POST", path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** A GET of the login page makes the server issue the XSRF-TOKEN cookie, which a write echoes (as the pages do). */
    private HttpResponse<String> write(String method, String path, String contentType,
                                       HttpRequest.BodyPublisher body) {
        get("/login");
        String token = cookies.getCookieStore().get(uri("/")).stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("X-XSRF-TOKEN", token).method(method, body).build());
    }

    /** The form login's POST as it is, whatever the answer. */
    public HttpResponse<String> attemptLogin(String username, String password) {
        HttpResponse<String> page = get("/login");
        Matcher csrf = CSRF_FIELD.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF field on the login page: " + page.body());
        }
        String token = csrf.group(1);
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        return send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
