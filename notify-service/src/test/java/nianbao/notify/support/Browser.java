package nianbao.notify.support;

import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;

import nianbao.infra.browser.HeadlessChromium;

/**
 * A supervisor in headless Chromium: logs in through the login page and, when a step fails, leaves a screenshot of
 * the page in {@code target/screenshots/<name>.png}. Skipped where Debian's chromium is not installed.
 */
public final class Browser {

    /** A test's steps in the browser. */
    @FunctionalInterface
    public interface Steps {
        void run(HeadlessChromium browser) throws Exception;
    }

    private Browser() {
    }

    public static void run(String name, Steps steps) throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.executable().isPresent(), "Debian's chromium is not installed");
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            try {
                steps.run(browser);
            } catch (Throwable failure) {
                try {
                    browser.screenshot(Path.of("target", "screenshots", name + ".png"));
                } catch (Exception e) {
                    failure.addSuppressed(e);
                }
                throw failure;
            }
        }
    }

    /** Opens {@code base}, lands on the login page and signs in as {@code username} (password {@code <username>-pass}). */
    public static void login(HeadlessChromium browser, String base, String username) throws Exception {
        browser.navigate(base + "/");
        until(browser, "location.pathname === '/login' && document.readyState === 'complete'");
        browser.evaluate("""
                document.getElementById('username').value = '%s';
                document.getElementById('password').value = '%s-pass';
                document.querySelector('form').submit(); 'submitted'""".formatted(username, username));
        until(browser, "location.pathname === '/' && document.readyState === 'complete'");
    }

    /** Waits until the JavaScript condition holds in the page. */
    public static void until(HeadlessChromium browser, String condition) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> "true".equals(browser.evaluate("String(!!(" + condition + "))")));
    }
}
