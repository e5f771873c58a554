package nianbao.infra.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import nianbao.infra.files.Directories;
import nianbao.infra.process.FreePorts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one node), running in this JVM from the
 * Kafka jars, listening on 127.0.0.1 only. The storage is formatted once; a restart on the same directory keeps the
 * topics and their records. Topics are never created implicitly.
 */
public final class KraftBroker implements KafkaBroker {

    private static final Logger log = LoggerFactory.getLogger(KraftBroker.class);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final KafkaRaftServer server;
    private final int port;
    private final Path dataDir;

    private KraftBroker(KafkaRaftServer server, int port, Path dataDir) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts the broker with its log directory under {@code dataDir/data}, formatting it on first use. Port 0 picks
     * a free port (for the client listener and for the controller listener independently).
     */
    public static KraftBroker start(Path dataDir, int port, int controllerPort) {
        int clientPort = FreePorts.orNext(port);
        int quorumPort = FreePorts.orNext(controllerPort);
        Path logDir = Directories.create(dataDir.resolve("data"));
        Map<String, String> config = serverConfig(logDir, clientPort, quorumPort);
        Path configFile = writeConfig(dataDir.resolve("server.properties"), config);
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(configFile);
        }
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
        server.startup();
        KraftBroker broker = new KraftBroker(server, clientPort, dataDir);
        try {
            broker.awaitReady();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        log.info("Kafka (KRaft) ready at {} (data in {})", broker.bootstrapServers(), logDir.toAbsolutePath());
        return broker;
    }

    private static Map<String, String> serverConfig(Path logDir, int clientPort, int controllerPort) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", logDir.toAbsolutePath().toString());
        // one node: every internal topic has a single replica
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        // topics come from the services' catalogue, with their partition counts and configs
        config.put("auto.create.topics.enable", "false");
        // reports carry their document; matches the report topics' max.message.bytes
        config.put("message.max.bytes", Integer.toString(25 * 1024 * 1024));
        return config;
    }

    private static Path writeConfig(Path file, Map<String, String> config) {
        Properties properties = new Properties();
        properties.putAll(config);
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "written by KraftBroker on every start");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void format(Path configFile) {
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(new String[]{"format", "-t", clusterId, "-c", configFile.toString()}, out);
        }
        String printed = output.toString(StandardCharsets.UTF_8).trim();
        if (exitCode != 0) {
            throw new IllegalStateException("formatting the Kafka storage failed (" + exitCode + "): " + printed);
        }
        log.info("formatted the Kafka storage (cluster id {})", clusterId);
        log.debug("storage tool output: {}", printed);
    }

    private void awaitReady() {
        awaitReady(bootstrapServers(), READY_TIMEOUT);
    }

    /** Waits until the broker at {@code bootstrapServers} describes its cluster. */
    static void awaitReady(String bootstrapServers, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka broker not ready at " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }

    /**
     * {@code KraftBroker DATA_DIR PORT CONTROLLER_PORT}: the broker alone in this JVM until it is terminated; what
     * {@link KraftBrokerProcess} runs.
     */
    public static void main(String[] args) throws InterruptedException {
        KraftBroker broker = start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-kafka"));
        Thread.currentThread().join();
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** This JVM's: the broker runs in it. */
    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        log.info("Kafka broker stopped");
    }
}
