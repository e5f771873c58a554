package nianbao.infra.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's headless Chromium driven over the DevTools protocol (JDK WebSocket, no driver binary): navigate, evaluate
 * JavaScript, choose files for an upload, size the window and take screenshots in one page. The browser is a child
 * process of the test, stopped by its own handle. For the browser tests of every service.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket page;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    /** The chromium executable on the PATH, if any. */
    public static Optional<Path> executable() {
        return Stream.of("chromium", "chromium-browser")
                .flatMap(name -> Stream.of(System.getenv("PATH").split(":")).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    public static HeadlessChromium start() throws Exception {
        Path profile = Files.createTempDirectory("nianbao-chromium-");
        Process process = new ProcessBuilder(executable().orElseThrow().toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String browserUrl = devToolsUrl(process);
            URI browser = URI.create(browserUrl);
            HttpClient http = HttpClient.newHttpClient();
            String targets = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            String pageUrl = null;
            for (JsonNode target : JSON.readTree(targets)) {
                if ("page".equals(target.get("type").asString())) {
                    pageUrl = target.get("webSocketDebuggerUrl").asString();
                }
            }
            return new HeadlessChromium(process, profile, http, URI.create(pageUrl));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static String devToolsUrl(Process process) throws IOException {
        BufferedReader stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = stderr.readLine()) != null) {
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                // keep draining so the browser never blocks on a full pipe
                Thread drain = new Thread(() -> stderr.lines().forEach(l -> { }), "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return matcher.group(1);
            }
        }
        throw new IllegalStateException("chromium exited before it listened for DevTools");
    }

    private HeadlessChromium(Process process, Path profile, HttpClient http, URI pageUrl) {
        this.process = process;
        this.profile = profile;
        this.page = http.newWebSocketBuilder().buildAsync(pageUrl, new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    JsonNode reply = JSON.readTree(message.toString());
                    message.setLength(0);
                    if (reply.has("id")) {
                        CompletableFuture<JsonNode> waiting = pending.remove(reply.get("id").asInt());
                        if (waiting != null) {
                            waiting.complete(reply);
                        }
                    }
                }
                socket.request(1);
                return null;
            }
        }).join();
    }

    private JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        page.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).join();
        JsonNode answer = reply.get(1, TimeUnit.MINUTES);
        if (answer.has("error")) {
            throw new IllegalStateException(method + ": " + answer.get("error"));
        }
        return answer.get("result");
    }

    public void navigate(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
    }

    /** Evaluates an expression in the page, awaiting a promise, and returns its value as text. */
    public String evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate",
                Map.of("expression", expression, "awaitPromise", true, "returnByValue", true)).get("result");
        JsonNode value = result.get("value");
        return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
    }

    /** Lays the page out as on a screen {@code width} × {@code height} CSS pixels (a phone: 400 wide). */
    public void viewport(int width, int height) throws Exception {
        call("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Chooses {@code file} in the file input that {@code selector} finds, as a user picking it would. */
    public void chooseFile(String selector, Path file) throws Exception {
        JsonNode input = call("Runtime.evaluate", Map.of("expression",
                "document.querySelector(" + JSON.writeValueAsString(selector) + ")")).get("result");
        if (!input.has("objectId")) {
            throw new IllegalStateException("no element " + selector);
        }
        call("DOM.setFileInputFiles", Map.of("files", List.of(file.toAbsolutePath().toString()),
                "objectId", input.get("objectId").asString()));
        evaluate("document.querySelector(" + JSON.writeValueAsString(selector)
                + ").dispatchEvent(new Event('change', {bubbles: true})); 'chosen'");
    }

    /** The whole page as a PNG, beyond the window's height as well. */
    public void screenshot(Path file) throws Exception {
        JsonNode size = call("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width").asDouble(),
                "height", size.get("height").asDouble(), "scale", 1);
        String png = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip))
                .get("data").asString();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    /**
     * One step of a person's walk through the screens: runs {@code action}, then keeps the page as
     * {@code directory/name.png} to be looked at — or as {@code name-failed.png} when the step failed.
     */
    public <T> T step(Path directory, String name, Callable<T> action) throws Exception {
        try {
            T result = action.call();
            screenshot(directory.resolve(name + ".png"));
            return result;
        } catch (Exception | AssertionError e) {
            screenshot(directory.resolve(name + "-failed.png"));
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        page.abort();
        // the browser's renderer and helper processes write into the profile too: stop the whole family first
        List<ProcessHandle> family = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        family.forEach(ProcessHandle::destroy);
        for (ProcessHandle member : family) {
            try {
                member.onExit().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                member.destroyForcibly();
            }
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary profile left behind is untidy, not a failure of the test that used the browser
        }
    }
}
