package nianbao.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import nianbao.infra.process.FreePorts;

/**
 * Supervision of a real child JVM (a small health endpoint standing in for a service, so a restart takes a second
 * rather than a Spring start): killed with SIGKILL, it is restarted after the back-off and healthy again; a clean
 * stop restarts nothing. The stack's own services are killed and restarted in {@link LocalStackEndToEndTest}.
 */
class SupervisedServiceTest {

    private static final RestartBackOff FAST = new RestartBackOff(Duration.ofMillis(200), Duration.ofSeconds(1),
            Duration.ofMinutes(1));

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger supervisorLog = (Logger) LoggerFactory.getLogger(SupervisedService.class);
    private int port;
    private SupervisedService supervised;

    @BeforeEach
    void start() {
        logged.start();
        supervisorLog.addAppender(logged);
        port = FreePorts.next();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HealthEndpoint.class.getName(), Integer.toString(port));
        supervised = SupervisedService.start(Service.PARSE, () -> ServiceProcess.start(Service.PARSE, port, command,
                Map.of(), dir, dir.resolve("parse-service.log")), FAST, http);
        supervised.awaitHealthyAndSupervise();
    }

    @AfterEach
    void stop() {
        supervised.close();
        supervisorLog.detachAppender(logged);
    }

    @Test
    void aServiceKilledWithSigkillIsRestartedAndHealthyAgain_andTheLogSaysSo() {
        long first = supervised.pid();
        kill(first);

        await().atMost(Duration.ofSeconds(30)).until(() -> messages().size() == 3);
        assertThat(healthy()).isTrue();
        assertThat(supervised.pid()).isNotEqualTo(first);
        assertThat(ProcessHandle.of(first)).isEmpty();
        assertThat(messages().get(0)).isEqualTo(
                "parse-service 意外退出（退出码 137，此前健康运行 0 秒），0.2 秒后重启（连续第 1 次） "
                        + "| parse-service died (exit code 137, healthy for 0 s before), restarting in 0.2 s "
                        + "(crash 1 in a row); its log: " + dir.resolve("parse-service.log"));
        assertThat(messages().get(1)).isEqualTo("parse-service 已重新启动（pid " + supervised.pid()
                + "），等待健康检查 | parse-service restarted (pid " + supervised.pid() + "), waiting for its health check");
        assertThat(messages().get(2)).isEqualTo("parse-service 已恢复正常 | parse-service is healthy again");
    }

    @Test
    void crashesInARowWaitLongerEachTime() {
        for (int crash = 1; crash <= 3; crash++) {
            kill(supervised.pid());
            int logged = 3 * crash; // died, restarted, healthy again
            await().atMost(Duration.ofSeconds(30)).until(() -> messages().size() == logged);
        }
        assertThat(healthy()).isTrue();
        assertThat(messages().get(0)).contains("restarting in 0.2 s (crash 1 in a row)");
        assertThat(messages().get(3)).contains("restarting in 0.4 s (crash 2 in a row)");
        assertThat(messages().get(6)).contains("restarting in 0.8 s (crash 3 in a row)");
    }

    @Test
    void aCleanStopRestartsNothing() throws InterruptedException {
        long pid = supervised.pid();
        supervised.close();

        assertThat(ProcessHandle.of(pid)).isEmpty();
        // longer than the first back-off: a restart would have begun
        Thread.sleep(FAST.first().multipliedBy(3).toMillis());
        assertThat(healthy()).isFalse();
        assertThat(supervised.pid()).isEqualTo(pid);
        assertThat(messages()).isEmpty();
    }

    private static void kill(long pid) {
        // destroyForcibly is SIGKILL on Linux and macOS, as kill -9
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
    }

    private List<String> messages() {
        // the supervisor's thread appends while the test reads; AppenderBase.doAppend holds the appender's monitor
        synchronized (logged) {
            return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    private boolean healthy() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListening) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
