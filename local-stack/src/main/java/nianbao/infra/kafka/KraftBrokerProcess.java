package nianbao.infra.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nianbao.infra.files.Directories;
import nianbao.infra.process.ChildProcess;
import nianbao.infra.process.FreePorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The same {@link KraftBroker}, run alone in a child JVM ({@link KraftBroker#main}) on this JVM's class path, so that
 * its process can be signalled on its own: SIGSTOP freezes the broker while the stack's other parts keep running,
 * which the fault tests need. It needs the Kafka jars on {@code java.class.path} (a test run, not the repackaged
 * local-stack jar). Its output goes to {@code dataDir/broker.log}.
 */
public final class KraftBrokerProcess implements KafkaBroker {

    private static final Logger log = LoggerFactory.getLogger(KraftBrokerProcess.class);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final ChildProcess process;
    private final int port;

    private KraftBrokerProcess(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** As {@link KraftBroker#start}, in a child JVM; returns once the broker describes its cluster. */
    public static KraftBrokerProcess start(Path dataDir, int port, int controllerPort) {
        Directories.create(dataDir);
        int clientPort = FreePorts.orNext(port);
        int quorumPort = FreePorts.orNext(controllerPort);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                KraftBroker.class.getName(), dataDir.toAbsolutePath().toString(), Integer.toString(clientPort),
                Integer.toString(quorumPort));
        ChildProcess process = ChildProcess.start("kafka-broker", command, dataDir, Map.of(),
                dataDir.resolve("broker.log"));
        KraftBrokerProcess broker = new KraftBrokerProcess(process, clientPort);
        try {
            KraftBroker.awaitReady(broker.bootstrapServers(), READY_TIMEOUT);
        } catch (RuntimeException e) {
            broker.close();
            throw new IllegalStateException(e.getMessage() + "; end of " + process.logFile() + ":\n"
                    + process.logTail(40), e);
        }
        log.info("Kafka (KRaft) ready at {} in its own JVM (pid {})", broker.bootstrapServers(), process.pid());
        return broker;
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    /** SIGTERM (the broker's shutdown hook stops it cleanly), SIGKILL after the grace period. */
    @Override
    public void close() {
        process.close();
    }
}
