package nianbao.schemas.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Reads the headers Spring Kafka's {@code DeadLetterPublishingRecoverer} writes on a dead letter (names as in its
 * {@code KafkaHeaders}: strings in UTF-8, partition a 4-byte and offset and timestamp 8-byte big-endian numbers), and
 * turns a dead letter back into the record to send to its source ({@link #republication}). Pure: no Kafka I/O here.
 */
public final class DeadLetterHeaders {

    static final String PREFIX = "kafka_dlt-";
    static final String ORIGINAL_TOPIC = PREFIX + "original-topic";
    static final String ORIGINAL_PARTITION = PREFIX + "original-partition";
    static final String ORIGINAL_OFFSET = PREFIX + "original-offset";
    static final String ORIGINAL_TIMESTAMP = PREFIX + "original-timestamp";
    static final String EXCEPTION_FQCN = PREFIX + "exception-fqcn";
    static final String EXCEPTION_CAUSE_FQCN = PREFIX + "exception-cause-fqcn";
    static final String EXCEPTION_MESSAGE = PREFIX + "exception-message";
    /**
     * Set on every republished record, to the dead letter's coordinates: the mark by which a second republication of
     * the same dead letter is recognised and skipped.
     */
    public static final String REPUBLISHED_FROM = "nianbao-republished-from";

    private DeadLetterHeaders() {
    }

    public static DeadLetter describe(ConsumerRecord<byte[], byte[]> record) {
        return new DeadLetter(new RecordCoordinates(record.topic(), record.partition(), record.offset()),
                Instant.ofEpochMilli(record.timestamp()), text(record.key()), origin(record.headers()),
                reason(record.headers()));
    }

    /** The source record's coordinates, if the three {@code kafka_dlt-original-*} headers are there and readable. */
    public static Optional<RecordCoordinates> origin(Headers headers) {
        Optional<String> topic = string(headers, ORIGINAL_TOPIC);
        OptionalLong partition = number(headers, ORIGINAL_PARTITION);
        OptionalLong offset = number(headers, ORIGINAL_OFFSET);
        if (topic.isEmpty() || partition.isEmpty() || offset.isEmpty()) return Optional.empty();
        return Optional.of(new RecordCoordinates(topic.get(), (int) partition.getAsLong(), offset.getAsLong()));
    }

    /**
     * The exception class and message, and the cause's class when it is another one:
     * {@code IllegalStateException: no table 二 (cause java.io.IOException)}; line breaks become spaces, so a reason
     * stays on its line.
     */
    public static String reason(Headers headers) {
        Optional<String> type = string(headers, EXCEPTION_FQCN);
        if (type.isEmpty()) return "unknown";
        String reason = type.get() + string(headers, EXCEPTION_MESSAGE).map(message -> ": " + message).orElse("");
        Optional<String> cause = string(headers, EXCEPTION_CAUSE_FQCN).filter(name -> !name.equals(type.get()));
        if (cause.isPresent()) reason += " (cause " + cause.get() + ")";
        return reason.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** The dead letter this record was republished from, if it was. */
    public static Optional<RecordCoordinates> republishedFrom(Headers headers) {
        return string(headers, REPUBLISHED_FROM).map(RecordCoordinates::parse);
    }

    /**
     * The dead letter as it goes back to its source: the original topic and partition (so the agency's records stay in
     * one partition), the same key and value bytes, the original timestamp when known, and its headers without the
     * {@code kafka_dlt-*} ones and with {@link #REPUBLISHED_FROM} set to the dead letter's coordinates (replacing the
     * mark of an earlier republication, should this dead letter be one that failed again).
     *
     * @throws IllegalArgumentException if the dead letter does not say where it came from
     */
    public static ProducerRecord<byte[], byte[]> republication(ConsumerRecord<byte[], byte[]> deadLetter) {
        RecordCoordinates at = new RecordCoordinates(deadLetter.topic(), deadLetter.partition(), deadLetter.offset());
        RecordCoordinates source = origin(deadLetter.headers()).orElseThrow(() -> new IllegalArgumentException(
                at + " has no " + ORIGINAL_TOPIC + "/-partition/-offset headers: its source is unknown"));
        Headers headers = new RecordHeaders();
        for (Header header : deadLetter.headers()) {
            if (!header.key().startsWith(PREFIX) && !header.key().equals(REPUBLISHED_FROM)) headers.add(header);
        }
        headers.add(REPUBLISHED_FROM, at.toString().getBytes(StandardCharsets.UTF_8));
        OptionalLong timestamp = number(deadLetter.headers(), ORIGINAL_TIMESTAMP);
        return new ProducerRecord<>(source.topic(), source.partition(),
                timestamp.isPresent() ? timestamp.getAsLong() : null, deadLetter.key(), deadLetter.value(), headers);
    }

    private static Optional<String> string(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? Optional.empty() : Optional.of(text(header.value()));
    }

    private static OptionalLong number(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        byte[] bytes = header == null ? null : header.value();
        if (bytes == null) return OptionalLong.empty();
        return switch (bytes.length) {
            case Integer.BYTES -> OptionalLong.of(ByteBuffer.wrap(bytes).getInt());
            case Long.BYTES -> OptionalLong.of(ByteBuffer.wrap(bytes).getLong());
            default -> OptionalLong.empty();
        };
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
