package nianbao.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nianbao.infra.files.Directories;
import nianbao.infra.process.ChildProcess;
import nianbao.infra.process.Jdks;
import nianbao.infra.process.Jdks.Jdk;

/** One service running from its exec jar in a child JVM, considered up when its actuator health says so. */
final class ServiceProcess implements AutoCloseable {

    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(5);
    /**
     * The services' Java: {@code SERVICES_JAVA_HOME}, else the newest JDK found. The services are built for Java 17,
     * and measured on Java 25 they take a fifth less CPU a report (docs/benchmarks.md).
     */
    static final Jdk JAVA = Jdks.preferredOrNewest("SERVICES_JAVA_HOME");

    private final Service service;
    private final int port;
    private final ChildProcess process;
    private volatile Instant healthySince;

    private ServiceProcess(Service service, int port, ChildProcess process) {
        this.service = service;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts {@code service} on {@code port} with the given Spring properties (passed as command-line arguments, which
     * outrank everything in the jar), working in {@code workDir} and logging to {@code logFile}.
     */
    static ServiceProcess start(Service service, Path jar, int port, Map<String, String> properties,
                                Map<String, String> environment, Path workDir, Path logFile) {
        return start(service, port, command(jar, port, properties), environment, workDir, logFile);
    }

    /** Starts {@code command} as {@code service}, which answers its health check on {@code port}. */
    static ServiceProcess start(Service service, int port, List<String> command, Map<String, String> environment,
                                Path workDir, Path logFile) {
        ChildProcess process = ChildProcess.start(service.module(), command, Directories.create(workDir),
                environment, logFile);
        return new ServiceProcess(service, port, process);
    }

    private static List<String> command(Path jar, int port, Map<String, String> properties) {
        List<String> command = new ArrayList<>(List.of(
                JAVA.java().toString(),
                // the throughput collector: its adaptive sizing keeps a poll batch's records, alive across a young
                // collection, in the survivor spaces; the serial collector promoted them and spent up to a fifth of a
                // service's CPU in collections under load (docs/benchmarks.md, "Pipeline")
                "-Xmx512m", "-XX:+UseParallelGC",
                // Avro refuses to deserialize generated classes outside its trusted packages
                "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=nianbao.events",
                "-jar", jar.toString(),
                "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        return command;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    Path logFile() {
        return process.logFile();
    }

    /** Waits until {@code /actuator/health} answers 200, failing early with the log's tail if the JVM exits. */
    void awaitHealthy(HttpClient http) {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(HEALTH_TIMEOUT);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited during startup; end of "
                        + process.logFile() + ":\n" + process.logTail(60));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    healthySince = Instant.now();
                    return;
                }
            } catch (IOException notListeningYet) {
                // poll again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service.module(), e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(service.module() + " not healthy within " + HEALTH_TIMEOUT
                        + "; end of " + process.logFile() + ":\n" + process.logTail(60));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service.module(), e);
            }
        }
    }

    /** Blocks until the process has exited; its exit code (128 + signal when a signal ended it). */
    int awaitExit() throws InterruptedException {
        return process.awaitExit();
    }

    /** How long it had answered its health check until now (or until it exited); zero if it never did. */
    Duration healthyFor() {
        Instant since = healthySince;
        return since == null ? Duration.ZERO : Duration.between(since, Instant.now());
    }

    @Override
    public void close() {
        process.close();
    }
}
