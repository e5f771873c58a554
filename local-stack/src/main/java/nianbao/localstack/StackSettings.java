package nianbao.localstack;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the stack keeps its data and which ports it uses. Port 0 means "any free port" (tests); the local defaults are
 * the fixed ports every engineer's tools and docs assume. {@code brokerInOwnJvm} runs the Kafka broker in a child JVM
 * of its own instead of the stack's JVM, so a fault test can freeze it (SIGSTOP) alone; it needs the Kafka jars on the
 * class path, as in a test run.
 */
public record StackSettings(Path dataDir, Path repositoryRoot, int kafkaPort, int kafkaControllerPort,
                            int registryPort, int registryManagementPort, int postgresPort, int smtpPort,
                            int smtpWebPort, Map<Service, Integer> servicePorts, boolean brokerInOwnJvm) {

    public StackSettings {
        servicePorts = Map.copyOf(servicePorts);
    }

    /** Kafka 19092/19093, registry 18081/18091, PostgreSQL 15432, SMTP 2525 (page 8025), services 8080–8083. */
    public static StackSettings localDefaults(Path dataDir, Path repositoryRoot) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, service.defaultPort());
        }
        return new StackSettings(dataDir, repositoryRoot, 19092, 19093, 18081, 18091, 15432, 2525, 8025, ports, false);
    }

    /** Every port free and chosen at start, so tests run beside a developer's stack. */
    public static StackSettings freePorts(Path dataDir, Path repositoryRoot) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, 0);
        }
        return new StackSettings(dataDir, repositoryRoot, 0, 0, 0, 0, 0, 0, 0, ports, false);
    }

    /** The same, with the broker in a child JVM of its own (see above). */
    public StackSettings withBrokerInOwnJvm() {
        return new StackSettings(dataDir, repositoryRoot, kafkaPort, kafkaControllerPort, registryPort,
                registryManagementPort, postgresPort, smtpPort, smtpWebPort, servicePorts, true);
    }
}
