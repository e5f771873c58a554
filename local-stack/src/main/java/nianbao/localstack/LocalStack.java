package nianbao.localstack;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import nianbao.infra.files.Directories;
import nianbao.infra.kafka.KafkaBroker;
import nianbao.infra.kafka.KraftBroker;
import nianbao.infra.kafka.KraftBrokerProcess;
import nianbao.infra.mail.SmtpSink;
import nianbao.infra.postgres.EmbeddedPostgresServer;
import nianbao.infra.process.FreePorts;
import nianbao.infra.registry.ApicurioRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system on one machine: a KRaft broker (in this JVM, or in a child JVM of its own when
 * {@link StackSettings#brokerInOwnJvm()}), Apicurio Registry, PostgreSQL, an SMTP sink, and the four services as child
 * JVMs. Everything lives under {@link StackSettings#dataDir()}: {@code kafka/},
 * {@code registry/}, {@code postgres/}, {@code services/<name>/} (working directories) and {@code logs/}.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    /** Marks a directory as stack data, so {@link #wipe(Path)} never deletes anything else. */
    private static final String DATA_MARKER = ".nianbao-local-stack";
    private static final String DB_PASSWORD = "postgres";

    private final StackSettings settings;
    private final Map<Service, SupervisedService> services = new EnumMap<>(Service.class);
    private KafkaBroker broker;
    private ApicurioRegistry registry;
    private EmbeddedPostgresServer postgres;
    private SmtpSink smtp;
    private Duration startupTime;

    private LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    /** Starts everything and returns once every service reports healthy; on failure stops what had started. */
    public static LocalStack start(StackSettings settings) {
        Instant begin = Instant.now();
        Map<Service, Path> jars = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            jars.put(service, RepositoryRoot.execJar(settings.repositoryRoot(), service));
        }
        Path data = prepareDataDir(settings.dataDir());
        LocalStack stack = new LocalStack(settings);
        // the registry is a child JVM that takes longest to come up: start it first, beside the rest
        CompletableFuture<ApicurioRegistry> registry = CompletableFuture.supplyAsync(() -> ApicurioRegistry.start(
                data.resolve("registry"), settings.registryPort(), settings.registryManagementPort()));
        try {
            stack.smtp = SmtpSink.start(settings.smtpPort(), settings.smtpWebPort());
            stack.postgres = EmbeddedPostgresServer.start(data.resolve("postgres"), settings.postgresPort());
            stack.broker = settings.brokerInOwnJvm()
                    ? KraftBrokerProcess.start(data.resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort())
                    : KraftBroker.start(data.resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort());
            stack.registry = registry.join();
            stack.startServices(jars);
        } catch (RuntimeException e) {
            registry.thenAccept(started -> stack.registry = started).exceptionally(failed -> null).join();
            stack.close();
            throw e;
        }
        stack.startupTime = Duration.between(begin, Instant.now());
        return stack;
    }

    /** Starts the four services, waits until each is healthy, and from then on restarts any that dies. */
    private void startServices(Map<Service, Path> jars) {
        Path data = settings.dataDir();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        log.info("starting the four services on Java {} ({})", ServiceProcess.JAVA.feature(), ServiceProcess.JAVA.home());
        for (Service service : Service.values()) {
            int port = FreePorts.orNext(settings.servicePorts().get(service));
            Map<String, String> properties = springProperties(service, port);
            properties.putAll(localProfile(service));
            Map<String, String> environment = environment();
            services.put(service, SupervisedService.start(service, () -> ServiceProcess.start(service,
                    jars.get(service), port, properties, environment,
                    data.resolve("services").resolve(service.module()),
                    data.resolve("logs").resolve(service.module() + ".log")), RestartBackOff.DEFAULT, http));
        }
        services.values().forEach(SupervisedService::awaitHealthyAndSupervise);
    }

    private Map<String, String> springProperties(Service service, int port) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
        properties.put("nianbao.schema-registry-url", registry.ccompatUrl());
        if (service.usesDatabase()) {
            properties.put("spring.datasource.url", postgres.jdbcUrl() + "?currentSchema=" + service.databaseSchema());
            properties.put("spring.datasource.username", EmbeddedPostgresServer.USER);
            properties.put("spring.datasource.password", DB_PASSWORD);
        }
        if (service.sendsMail()) {
            properties.put("spring.mail.host", "127.0.0.1");
            properties.put("spring.mail.port", Integer.toString(smtp.smtpPort()));
            properties.put("nianbao.dashboard-url", "http://localhost:" + port + "/");
        }
        return properties;
    }

    /**
     * The {@code local} profile, with its file from the checkout ({@code <module>/local/application-local.yml}: the
     * sample agencies, their keys' digests, the local accounts): it is not in the jars.
     */
    private Map<String, String> localProfile(Service service) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.profiles.active", "local");
        Path config = settings.repositoryRoot().resolve(service.module()).resolve("local");
        if (Files.isDirectory(config)) {
            properties.put("spring.config.additional-location", "optional:file:" + config.toAbsolutePath() + "/");
        }
        return properties;
    }

    /** The same endpoints as environment variables, for settings the services read from the environment. */
    private Map<String, String> environment() {
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "NIANBAO_SCHEMA_REGISTRY_URL", registry.ccompatUrl());
    }

    private static Path prepareDataDir(Path dataDir) {
        Directories.create(dataDir.resolve("logs"));
        try {
            Path marker = dataDir.resolve(DATA_MARKER);
            if (!Files.exists(marker)) {
                Files.writeString(marker, "data of the nianbao local stack; ./nianbao-local --wipe deletes it\n");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write to " + dataDir, e);
        }
        return dataDir;
    }

    /** Deletes a data directory written by the stack; refuses a directory without the stack's marker. */
    public static void wipe(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return;
        }
        if (!Files.exists(dataDir.resolve(DATA_MARKER))) {
            throw new IllegalArgumentException(dataDir + " has no " + DATA_MARKER + " file: not wiping it");
        }
        Directories.deleteRecursively(dataDir);
    }

    public String portalUrl() {
        return "http://localhost:" + services.get(Service.INGEST).port();
    }

    public String dashboardUrl() {
        return "http://localhost:" + services.get(Service.NOTIFY).port();
    }

    public String serviceUrl(Service service) {
        return "http://127.0.0.1:" + services.get(service).port();
    }

    /** The process id of the service's current JVM (a new one after each restart). */
    public long servicePid(Service service) {
        return services.get(service).pid();
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** The process the broker runs in: this JVM's, unless {@link StackSettings#brokerInOwnJvm()}. */
    public long brokerPid() {
        return broker.pid();
    }

    public String schemaRegistryUrl() {
        return registry.ccompatUrl();
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    public SmtpSink smtpSink() {
        return smtp;
    }

    public Duration startupTime() {
        return startupTime;
    }

    /**
     * The stack's processes by component: this JVM (the broker unless it has its own, the SMTP sink, and whatever else
     * runs here, e.g. a load driver), the broker's JVM if any, the registry, PostgreSQL (postmaster and every backend it
     * has forked at the time of the call) and each service.
     */
    private Map<String, List<Long>> processIds() {
        Map<String, List<Long>> pids = new LinkedHashMap<>();
        if (settings.brokerInOwnJvm()) {
            pids.put("local-stack JVM (SMTP sink)", List.of(ProcessHandle.current().pid()));
            pids.put("kafka-broker", List.of(broker.pid()));
        } else {
            pids.put("local-stack JVM (Kafka broker, SMTP sink)", List.of(ProcessHandle.current().pid()));
        }
        pids.put("apicurio-registry", List.of(registry.pid()));
        pids.put("postgresql", postgresPids(postgres.dataDir()));
        services.forEach((service, process) -> pids.put(service.module(), List.of(process.pid())));
        return pids;
    }

    /** The postmaster (its pid is the first line of postmaster.pid) and every backend it forked; none if unreadable. */
    private static List<Long> postgresPids(Path dataDir) {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            return Stream.concat(Stream.of(postmaster), ProcessHandle.of(postmaster).stream()
                    .flatMap(ProcessHandle::descendants).map(ProcessHandle::pid)).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Resident memory (PSS from /proc, Linux only) by component, as {@link #processIds()} groups them. */
    public Map<String, Long> residentMemoryBytes() {
        Map<String, Long> memory = new LinkedHashMap<>();
        processIds().forEach((name, pids) ->
                memory.put(name, pids.stream().mapToLong(ResidentMemory::ofProcess).sum()));
        return memory;
    }

    /**
     * CPU time used so far (user + system) by component, as {@link #processIds()} groups them; a PostgreSQL backend
     * that has exited no longer counts. Differences between two calls say where a run's CPU went.
     */
    public Map<String, Duration> cpuTime() {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        processIds().forEach((name, pids) -> cpu.put(name, pids.stream()
                .map(pid -> ProcessHandle.of(pid).flatMap(handle -> handle.info().totalCpuDuration())
                        .orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus)));
        return cpu;
    }

    /** What a developer needs to know once the stack is up. */
    public String describe() {
        Path data = settings.dataDir().toAbsolutePath().normalize();
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("portal", portalUrl());
        lines.put("dashboard", dashboardUrl() + " (e.g. henan-gongkai / henan-gongkai-pass)");
        lines.put("administration", dashboardUrl() + "admin (admin / admin-pass)");
        lines.put("SMTP sink", "smtp://127.0.0.1:" + smtp.smtpPort() + ", received mail at " + smtp.webUrl());
        lines.put("parse", serviceUrl(Service.PARSE) + "/actuator/health");
        lines.put("validate", serviceUrl(Service.VALIDATE) + "/actuator/health");
        lines.put("Kafka", broker.bootstrapServers());
        lines.put("registry", registry.ccompatUrl());
        lines.put("PostgreSQL", postgres.jdbcUrl() + " (user postgres, password postgres)");
        lines.put("data", data + " (logs in " + data.resolve("logs") + ", --wipe clears it)");
        StringBuilder text = new StringBuilder();
        lines.forEach((name, value) -> text.append(String.format("  %-10s %s%n", name, value)));
        return text.toString();
    }

    /**
     * Stops the services (all at once, none restarted), then the registry, the broker, PostgreSQL and the SMTP sink.
     */
    @Override
    public void close() {
        List<CompletableFuture<Void>> stops = services.values().stream()
                .map(service -> CompletableFuture.runAsync(service::close)).toList();
        stops.forEach(CompletableFuture::join);
        services.clear();
        Stream.<AutoCloseable>of(registry, broker, postgres, smtp).filter(Objects::nonNull)
                .forEach(LocalStack::closeQuietly);
        registry = null;
        broker = null;
        postgres = null;
        smtp = null;
    }

    private static void closeQuietly(AutoCloseable component) {
        try {
            component.close();
        } catch (Exception e) {
            log.warn("stopping {} failed", component.getClass().getSimpleName(), e);
        }
    }
}
