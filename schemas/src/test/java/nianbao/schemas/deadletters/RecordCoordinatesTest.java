package nianbao.schemas.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordCoordinatesTest {

    @Test
    void readsTopicPartitionAndOffsetAndPrintsThemBackTheSameWay() {
        RecordCoordinates at = RecordCoordinates.parse("report-parsed-dlt:11:4096");

        assertThat(at).isEqualTo(new RecordCoordinates("report-parsed-dlt", 11, 4096));
        assertThat(at.toString()).isEqualTo("report-parsed-dlt:11:4096");
    }

    @Test
    void refusesWhatIsNotTopicPartitionOffset() {
        assertThatThrownBy(() -> RecordCoordinates.parse("report-parsed-dlt:3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected <topic>:<partition>:<offset>, got report-parsed-dlt:3");
        assertThatThrownBy(() -> RecordCoordinates.parse("report-parsed-dlt:x:3"))
                .hasMessage("expected <topic>:<partition>:<offset>, got report-parsed-dlt:x:3");
        assertThatThrownBy(() -> RecordCoordinates.parse(":0:3"))
                .hasMessage("expected <topic>:<partition>:<offset>, got :0:3");
        assertThatThrownBy(() -> RecordCoordinates.parse("report-parsed-dlt:0:-1"))
                .hasMessage("partition and offset cannot be negative: 0, -1");
    }
}
