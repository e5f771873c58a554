package nianbao.schemas.deadletters;

import java.io.PrintStream;
import java.util.List;
import org.apache.kafka.common.KafkaException;

/**
 * {@code ./nianbao-dlt}: lists the records of the dead-letter topics, one tab-separated line each (coordinates,
 * timestamp in Asia/Shanghai, key, source record, reason), and sends chosen ones back to their source topics
 * ({@link DeadLetterCommand#USAGE}). Exit code 0, 1 if a dead letter could not be republished or the broker could not be
 * read or written, 2 on a usage error.
 */
public final class DeadLetterTool {

    private DeadLetterTool() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv("KAFKA_BOOTSTRAP_SERVERS"), System.out, System.err));
    }

    static int run(List<String> args, String environmentBootstrap, PrintStream out, PrintStream err) {
        DeadLetterCommand command;
        try {
            command = DeadLetterCommand.parse(args, environmentBootstrap);
        } catch (IllegalArgumentException e) {
            err.println("nianbao-dlt: " + e.getMessage());
            err.print(DeadLetterCommand.USAGE);
            return 2;
        }
        if (command instanceof DeadLetterCommand.Help) {
            out.print(DeadLetterCommand.USAGE);
            return 0;
        }
        try (DeadLetterTopics topics = new DeadLetterTopics(command.bootstrapServers())) {
            List<Republication> outcomes = List.of();
            if (command instanceof DeadLetterCommand.ListDeadLetters list) {
                list.topics().forEach(topic -> topics.list(topic).forEach(deadLetter -> out.println(deadLetter.line())));
            } else if (command instanceof DeadLetterCommand.Republish republish) {
                outcomes = topics.republish(republish.deadLetters());
            } else if (command instanceof DeadLetterCommand.RepublishAll all) {
                outcomes = topics.republishAll(all.topic());
            }
            outcomes.forEach(outcome -> out.println(outcome.line()));
            return outcomes.stream().anyMatch(Republication.Refused.class::isInstance) ? 1 : 0;
        } catch (KafkaException | IllegalStateException e) {
            // no logging backend: the broker's trouble is said here, in one line
            err.println("nianbao-dlt: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            return 1;
        }
    }
}
