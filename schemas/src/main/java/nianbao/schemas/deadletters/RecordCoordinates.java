package nianbao.schemas.deadletters;

/**
 * Where one record lies: {@code topic:partition:offset}, the form the dead-letter tool prints and reads back. Kafka
 * topic names cannot contain a colon, so the last two colons separate the numbers.
 */
public record RecordCoordinates(String topic, int partition, long offset) {

    public RecordCoordinates {
        if (topic == null || topic.isEmpty() || topic.indexOf(':') >= 0) {
            throw new IllegalArgumentException("not a topic name: " + topic);
        }
        if (partition < 0 || offset < 0) {
            throw new IllegalArgumentException("partition and offset cannot be negative: " + partition + ", " + offset);
        }
    }

    /** Reads {@code topic:partition:offset}; throws {@link IllegalArgumentException} naming what it could not read. */
    public static RecordCoordinates parse(String text) {
        int offsetColon = text.lastIndexOf(':');
        int partitionColon = offsetColon > 0 ? text.lastIndexOf(':', offsetColon - 1) : -1;
        if (partitionColon <= 0) {
            throw new IllegalArgumentException("expected <topic>:<partition>:<offset>, got " + text);
        }
        try {
            return new RecordCoordinates(text.substring(0, partitionColon),
                    Integer.parseInt(text.substring(partitionColon + 1, offsetColon)),
                    Long.parseLong(text.substring(offsetColon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected <topic>:<partition>:<offset>, got " + text);
        }
    }

    @Override
    public String toString() {
        return topic + ":" + partition + ":" + offset;
    }
}
