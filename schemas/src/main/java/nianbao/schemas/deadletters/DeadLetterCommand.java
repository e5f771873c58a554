package nianbao.schemas.deadletters;

import java.util.ArrayList;
import java.util.List;
import nianbao.schemas.Topic;
import nianbao.schemas.Topics;

/** What the dead-letter tool was asked to do, read from its arguments ({@link #parse}). */
public sealed interface DeadLetterCommand {

    /** The local stack's broker ({@code ./nianbao-local}). */
    String LOCAL_BOOTSTRAP = "127.0.0.1:19092";

    String USAGE = """
            usage: nianbao-dlt [--bootstrap <servers>] [<topic>-dlt ...]       list dead letters (default: every *-dlt topic)
                   nianbao-dlt [--bootstrap <servers>] --republish <topic>-dlt:<partition>:<offset> ...
                   nianbao-dlt [--bootstrap <servers>] --republish-all <topic>-dlt
            Bootstrap servers: --bootstrap, else KAFKA_BOOTSTRAP_SERVERS, else %s.
            A republished record goes to its source topic and partition with its key, value and headers (less the
            kafka_dlt-* ones) and the header nianbao-republished-from=<dead letter>; one already republished is skipped.
            """.formatted(LOCAL_BOOTSTRAP);

    String bootstrapServers();

    record ListDeadLetters(String bootstrapServers, List<String> topics) implements DeadLetterCommand {
    }

    record Republish(String bootstrapServers, List<RecordCoordinates> deadLetters) implements DeadLetterCommand {
    }

    record RepublishAll(String bootstrapServers, String topic) implements DeadLetterCommand {
    }

    record Help(String bootstrapServers) implements DeadLetterCommand {
    }

    /**
     * Reads the arguments; {@code environmentBootstrap} is {@code KAFKA_BOOTSTRAP_SERVERS} (null if unset).
     *
     * @throws IllegalArgumentException with the reason, on a usage error
     */
    static DeadLetterCommand parse(List<String> args, String environmentBootstrap) {
        String bootstrap = environmentBootstrap == null || environmentBootstrap.isBlank() ? LOCAL_BOOTSTRAP
                : environmentBootstrap;
        List<String> topics = new ArrayList<>();
        List<RecordCoordinates> republish = new ArrayList<>();
        String republishAll = null;
        boolean republishing = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-h", "--help" -> {
                    return new Help(bootstrap);
                }
                case "--bootstrap" -> bootstrap = value(args, ++i, arg);
                case "--republish-all" -> republishAll = deadLetterTopic(value(args, ++i, arg));
                case "--republish" -> republishing = true;
                default -> {
                    if (arg.startsWith("-")) throw new IllegalArgumentException("unknown option " + arg);
                    if (republishing) {
                        RecordCoordinates at = RecordCoordinates.parse(arg);
                        deadLetterTopic(at.topic());
                        republish.add(at);
                    } else {
                        topics.add(deadLetterTopic(arg));
                    }
                }
            }
        }
        if (republishing && republish.isEmpty()) {
            throw new IllegalArgumentException("--republish needs <topic>-dlt:<partition>:<offset>");
        }
        if (republishAll != null && (republishing || !topics.isEmpty())) {
            throw new IllegalArgumentException("--republish-all takes one topic and nothing else");
        }
        if (republishAll != null) return new RepublishAll(bootstrap, republishAll);
        if (republishing) {
            if (!topics.isEmpty()) throw new IllegalArgumentException("topics to list given with --republish: " + topics);
            return new Republish(bootstrap, List.copyOf(republish));
        }
        // report-history is written and read only by validate-service's own transactions: it has no dead letters
        return new ListDeadLetters(bootstrap,
                topics.isEmpty() ? Topics.ALL.stream().filter(t -> t != Topics.REPORT_HISTORY).map(Topic::deadLetter).toList() : List.copyOf(topics));
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("-")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    /** Only dead-letter topics: republishing from a source topic would duplicate events. */
    private static String deadLetterTopic(String topic) {
        if (!topic.endsWith("-dlt")) throw new IllegalArgumentException("not a dead-letter topic (<topic>-dlt): " + topic);
        return topic;
    }
}
