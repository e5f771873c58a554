package nianbao.infra.registry;

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
import java.util.Optional;

import nianbao.infra.files.Directories;
import nianbao.infra.process.ChildProcess;
import nianbao.infra.process.FreePorts;
import nianbao.infra.process.Jdks;
import nianbao.infra.process.Jdks.Jdk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apicurio Registry, run from its Maven Central distribution as a child JVM on loopback, serving the Confluent
 * Schema Registry API at {@link #ccompatUrl()}. Version 3 needs Java 21+: the JDK comes from {@code REGISTRY_JAVA_HOME},
 * {@code JAVA_HOME}, the running JVM or the newest one under /usr/lib/jvm; without one it falls back to the 2.x runner
 * on this JVM's Java (in-memory storage, so schemas do not survive a restart there).
 */
public final class ApicurioRegistry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ApicurioRegistry.class);

    /**
     * The project's subjects (topic name strategy: {@code <topic>-value}), kept BACKWARD compatible. Spelled out here
     * because this module cannot depend on {@code schemas} (whose tests use this registry); local-stack's tests check
     * the list against the topic catalogue.
     */
    public static final List<String> PROJECT_SUBJECTS =
            List.of("report-submitted-value", "report-parsed-value", "report-validated-value",
                    "report-history-value", "agency-directory-value");

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    private static final String CONFLUENT_JSON = "application/vnd.schemaregistry.v1+json";

    private static ApicurioRegistry shared;

    private final RegistryDistribution distribution;
    private final ChildProcess process;
    private final int port;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApicurioRegistry(RegistryDistribution distribution, ChildProcess process, int port, Path dataDir) {
        this.distribution = distribution;
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts the registry with its storage and log under {@code dataDir} ({@code registry.*} H2 files,
     * {@code registry.log}), waits until the Confluent API answers, and sets BACKWARD compatibility on
     * {@link #PROJECT_SUBJECTS}. Port 0 picks a free port.
     */
    public static ApicurioRegistry start(Path dataDir, int httpPort, int managementPort) {
        Directories.create(dataDir);
        Optional<Jdk> jdk21 = Jdks.find(RegistryDistribution.V3.minJava(), "REGISTRY_JAVA_HOME");
        RegistryDistribution distribution = jdk21.isPresent() ? RegistryDistribution.V3
                : RegistryDistribution.V2_FALLBACK;
        Jdk jdk = jdk21.orElseGet(() -> new Jdk(Path.of(System.getProperty("java.home")), Runtime.version().feature()));
        if (distribution == RegistryDistribution.V2_FALLBACK) {
            log.warn("No JDK 21+ found (REGISTRY_JAVA_HOME, JAVA_HOME, /usr/lib/jvm): falling back to Apicurio Registry"
                    + " {} on Java {}. Its storage is in memory: schemas are lost when it stops.",
                    distribution.version(), jdk.feature());
        }
        int port = FreePorts.orNext(httpPort);
        List<String> command = new ArrayList<>(List.of(jdk.java().toString(),
                // a low-traffic service on a shared machine: small heap, cheap GC and JIT
                "-Xms32m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
        if (distribution == RegistryDistribution.V3) {
            command.addAll(List.of(
                    "-Dquarkus.management.host=127.0.0.1",
                    "-Dquarkus.management.port=" + FreePorts.orNext(managementPort),
                    "-Dapicurio.datasource.url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("registry")));
        }
        command.addAll(List.of("-jar", distribution.runnableJar().toString()));
        ChildProcess process = ChildProcess.start("apicurio-registry-" + distribution.version(), command, dataDir,
                Map.of(), dataDir.resolve("registry.log"));
        ApicurioRegistry registry = new ApicurioRegistry(distribution, process, port, dataDir);
        try {
            registry.awaitReady();
            PROJECT_SUBJECTS.forEach(subject -> registry.setCompatibility(subject, "BACKWARD"));
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
        log.info("Apicurio Registry {} on Java {} ready at {} (data and log in {})", distribution.version(),
                jdk.feature(), registry.ccompatUrl(), dataDir.toAbsolutePath());
        return registry;
    }

    /**
     * One registry per JVM on free ports with a temp data directory, for tests of any module; stopped and deleted
     * when the JVM exits.
     */
    public static synchronized ApicurioRegistry shared() {
        if (shared == null) {
            Path dataDir = Directories.createTemp("nianbao-registry-");
            ApicurioRegistry registry = start(dataDir, 0, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                registry.close();
                Directories.deleteRecursively(dataDir);
            }, "stop-shared-registry"));
            shared = registry;
        }
        return shared;
    }

    /** The Confluent Schema Registry API, e.g. {@code http://127.0.0.1:18081/apis/ccompat/v7}. */
    public String ccompatUrl() {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return process.logFile();
    }

    /** The Apicurio version running: the 3.x distribution, or the 2.x fallback where no JDK 21 exists. */
    public String version() {
        return distribution.version();
    }

    /** {@code PUT /config/{subject}}: the compatibility level enforced when a new version is registered. */
    public void setCompatibility(String subject, String level) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(ccompatUrl() + "/config/" + subject))
                .header("Content-Type", CONFLUENT_JSON)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"" + level + "\"}")));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("PUT /config/" + subject + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        HttpRequest subjects = HttpRequest.newBuilder(URI.create(ccompatUrl() + "/subjects"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apicurio Registry exited during startup; end of "
                        + process.logFile() + ":\n" + process.logTail(40));
            }
            try {
                if (http.send(subjects, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the registry", e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Apicurio Registry not ready within " + STARTUP_TIMEOUT + "; end of "
                        + process.logFile() + ":\n" + process.logTail(40));
            }
            sleep(Duration.ofMillis(250));
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("registry at " + ccompatUrl() + " unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stops the registry process by pid (SIGTERM, then SIGKILL after a grace period). */
    @Override
    public void close() {
        process.close();
    }
}
