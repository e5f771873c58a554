package nianbao.schemas.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class DeadLetterHeadersTest {

    /** 2026-12-04T09:30:15.042Z, which is 17:30:15.042 in Shanghai. */
    private static final long DEAD_LETTERED_AT = Instant.parse("2026-12-04T09:30:15.042Z").toEpochMilli();
    private static final long SUBMITTED_AT = 1_764_000_000_000L;

    @Test
    void aDeadLetterIsListedWithItsSourceAndReasonFromTheRecoverersHeaders() {
        ConsumerRecord<byte[], byte[]> record = deadLetter(recovererHeaders()
                .add(DeadLetterHeaders.EXCEPTION_MESSAGE, utf8("Listener failed;\n  no table 二")));

        DeadLetter listed = DeadLetterHeaders.describe(record);

        assertThat(listed).isEqualTo(new DeadLetter(new RecordCoordinates("report-parsed-dlt", 3, 17),
                Instant.parse("2026-12-04T09:30:15.042Z"), "锦屏街道", Optional.of(new RecordCoordinates("report-parsed", 3, 4242)),
                "org.springframework.kafka.listener.ListenerExecutionFailedException: Listener failed; no table 二 "
                        + "(cause java.lang.IllegalStateException)"));
        assertThat(listed.line()).isEqualTo("report-parsed-dlt:3:17\t2026-12-04T17:30:15.042+08:00\tkey=锦屏街道\t"
                + "from=report-parsed:3:4242\torg.springframework.kafka.listener.ListenerExecutionFailedException: "
                + "Listener failed; no table 二 (cause java.lang.IllegalStateException)");
    }

    @Test
    void aReasonNamesTheCauseOnlyWhenItIsAnotherClassAndGoesWithoutAMessageIfThereIsNone() {
        Headers sameCause = new RecordHeaders()
                .add(DeadLetterHeaders.EXCEPTION_FQCN, utf8("java.lang.IllegalStateException"))
                .add(DeadLetterHeaders.EXCEPTION_CAUSE_FQCN, utf8("java.lang.IllegalStateException"))
                .add(DeadLetterHeaders.EXCEPTION_MESSAGE, utf8("boom"));
        Headers noMessage = new RecordHeaders().add(DeadLetterHeaders.EXCEPTION_FQCN, utf8("java.lang.NullPointerException"));

        assertThat(DeadLetterHeaders.reason(sameCause)).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(DeadLetterHeaders.reason(noMessage)).isEqualTo("java.lang.NullPointerException");
    }

    @Test
    void aRecordWithoutTheHeadersHasNoSourceAndAnUnknownReason() {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("report-submitted-dlt", 0, 5, DEAD_LETTERED_AT,
                TimestampType.CREATE_TIME, 0, 0, null, utf8("value"), new RecordHeaders(), Optional.empty());

        assertThat(DeadLetterHeaders.describe(record).line())
                .isEqualTo("report-submitted-dlt:0:5\t2026-12-04T17:30:15.042+08:00\tkey=(none)\tfrom=?\tunknown");
        assertThatThrownBy(() -> DeadLetterHeaders.republication(record))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("report-submitted-dlt:0:5 has no kafka_dlt-original-topic/-partition/-offset headers: "
                        + "its source is unknown");
    }

    @Test
    void aRepublicationGoesToTheSourcePartitionUnchangedButForTheDeadLetterHeadersAndTheMark() {
        ConsumerRecord<byte[], byte[]> record = deadLetter(recovererHeaders()
                .add("traceparent", utf8("00-abc-def-01"))
                // the mark of an earlier republication of the same record, which failed again
                .add(DeadLetterHeaders.REPUBLISHED_FROM, utf8("report-parsed-dlt:3:2")));

        ProducerRecord<byte[], byte[]> copy = DeadLetterHeaders.republication(record);

        assertThat(copy.topic()).isEqualTo("report-parsed");
        assertThat(copy.partition()).isEqualTo(3);
        assertThat(copy.timestamp()).isEqualTo(SUBMITTED_AT);
        assertThat(copy.key()).isEqualTo(record.key());
        assertThat(copy.value()).isEqualTo(record.value());
        assertThat(names(copy.headers())).containsExactly("traceparent", DeadLetterHeaders.REPUBLISHED_FROM);
        assertThat(DeadLetterHeaders.republishedFrom(copy.headers()))
                .contains(new RecordCoordinates("report-parsed-dlt", 3, 17));
    }

    private static ConsumerRecord<byte[], byte[]> deadLetter(Headers headers) {
        return new ConsumerRecord<>("report-parsed-dlt", 3, 17, DEAD_LETTERED_AT, TimestampType.CREATE_TIME, 0, 0,
                utf8("锦屏街道"), new byte[] {0, 0, 0, 0, 7, 42}, headers, Optional.empty());
    }

    /** As Spring Kafka's DeadLetterPublishingRecoverer writes them (partition as int, offset and timestamp as long). */
    private static Headers recovererHeaders() {
        return new RecordHeaders()
                .add(DeadLetterHeaders.ORIGINAL_TOPIC, utf8("report-parsed"))
                .add(DeadLetterHeaders.ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(3).array())
                .add(DeadLetterHeaders.ORIGINAL_OFFSET, ByteBuffer.allocate(8).putLong(4242).array())
                .add(DeadLetterHeaders.ORIGINAL_TIMESTAMP, ByteBuffer.allocate(8).putLong(SUBMITTED_AT).array())
                .add("kafka_dlt-original-timestamp-type", utf8("CreateTime"))
                .add("kafka_dlt-original-consumer-group", utf8("validate-service"))
                .add(DeadLetterHeaders.EXCEPTION_FQCN, utf8("org.springframework.kafka.listener.ListenerExecutionFailedException"))
                .add(DeadLetterHeaders.EXCEPTION_CAUSE_FQCN, utf8("java.lang.IllegalStateException"))
                .add("kafka_dlt-exception-stacktrace", utf8("java.lang.IllegalStateException: no table 二\n\tat …"));
    }

    private static List<String> names(Headers headers) {
        return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
