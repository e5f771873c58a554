package nianbao.schemas.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RecordFailuresTest {

    private final ConsumerRecord<String, String> record = new ConsumerRecord<>("t", 0, 11, "agency", "value");

    @Test
    void aRecordIsRetriedAfterHalfASecondThenOneSecondThenItsRetriesAreUsedUp() {
        RecordFailures failures = new RecordFailures(new RetrySettings(1000).backOff());
        IllegalStateException last = new IllegalStateException("third");

        assertThat(failures.failed(record, new IllegalStateException("first"))).isEqualTo(OptionalLong.of(500));
        assertThat(failures.exhausted(record)).isEmpty();
        assertThat(failures.failed(record, new IllegalStateException("second"))).isEqualTo(OptionalLong.of(1000));
        assertThat(failures.failed(record, last)).isEmpty();
        assertThat(failures.exhausted(record)).contains(last);
    }

    @Test
    void aRecordThatWentThroughIsForgotten() {
        RecordFailures failures = new RecordFailures(new RetrySettings(0).backOff());
        failures.failed(record, new IllegalStateException("once"));
        assertThat(failures.exhausted(record)).isPresent();

        failures.clear(List.of(record));

        assertThat(failures.exhausted(record)).isEmpty();
        assertThat(failures.failed(record, new IllegalStateException("again"))).isEmpty();
    }
}
