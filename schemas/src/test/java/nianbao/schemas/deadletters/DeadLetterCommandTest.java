package nianbao.schemas.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeadLetterCommandTest {

    @Test
    void withoutArgumentsEveryDeadLetterTopicIsListedFromTheLocalStack() {
        assertThat(DeadLetterCommand.parse(List.of(), null)).isEqualTo(new DeadLetterCommand.ListDeadLetters(
                "127.0.0.1:19092", List.of("report-submitted-dlt", "report-parsed-dlt", "report-validated-dlt",
                "agency-directory-dlt")));
    }

    @Test
    void theBootstrapOptionWinsOverTheEnvironment() {
        assertThat(DeadLetterCommand.parse(List.of("report-parsed-dlt"), "kafka:9092"))
                .isEqualTo(new DeadLetterCommand.ListDeadLetters("kafka:9092", List.of("report-parsed-dlt")));
        assertThat(DeadLetterCommand.parse(List.of("--bootstrap", "broker:9092", "report-parsed-dlt"), "kafka:9092"))
                .isEqualTo(new DeadLetterCommand.ListDeadLetters("broker:9092", List.of("report-parsed-dlt")));
    }

    @Test
    void republishTakesDeadLetterCoordinatesAndRepublishAllOneDeadLetterTopic() {
        assertThat(DeadLetterCommand.parse(List.of("--republish", "report-parsed-dlt:0:5", "report-submitted-dlt:7:12"), null))
                .isEqualTo(new DeadLetterCommand.Republish("127.0.0.1:19092", List.of(
                        new RecordCoordinates("report-parsed-dlt", 0, 5), new RecordCoordinates("report-submitted-dlt", 7, 12))));
        assertThat(DeadLetterCommand.parse(List.of("--republish-all", "report-validated-dlt"), null))
                .isEqualTo(new DeadLetterCommand.RepublishAll("127.0.0.1:19092", "report-validated-dlt"));
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        assertThatThrownBy(() -> DeadLetterCommand.parse(List.of("--republish", "report-parsed:0:5"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a dead-letter topic (<topic>-dlt): report-parsed");
        assertThatThrownBy(() -> DeadLetterCommand.parse(List.of("--republish"), null))
                .hasMessage("--republish needs <topic>-dlt:<partition>:<offset>");
        assertThatThrownBy(() -> DeadLetterCommand.parse(List.of("--republish-all", "report-parsed-dlt", "--republish",
                "report-parsed-dlt:0:1"), null))
                .hasMessage("--republish-all takes one topic and nothing else");
        assertThatThrownBy(() -> DeadLetterCommand.parse(List.of("--bootstrap"), null))
                .hasMessage("--bootstrap needs a value");
        assertThatThrownBy(() -> DeadLetterCommand.parse(List.of("--follow"), null))
                .hasMessage("unknown option --follow");
    }
}
