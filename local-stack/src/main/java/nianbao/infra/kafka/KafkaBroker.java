package nianbao.infra.kafka;

/** The stack's single-node Kafka broker, wherever it runs. */
public interface KafkaBroker extends AutoCloseable {

    String bootstrapServers();

    /** The process the broker runs in: signals sent to it (SIGSTOP, SIGCONT) reach the broker. */
    long pid();

    @Override
    void close();
}
