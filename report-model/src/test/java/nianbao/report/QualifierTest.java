package nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed qualifiers and their one textual form, the string report-parsed carries (unchanged since its first version). */
class QualifierTest {

    @Test
    void eachKindReadsItsTextIntoItsOwnFieldsAndWritesItBackUnchanged() {
        assertRoundTrip(FactKind.TITLE, "锦屏街道2022年政府信息公开年度报告", new Qualifier.Title("锦屏街道2022年政府信息公开年度报告"));
        assertRoundTrip(FactKind.AGENCY, "锦屏街道", new Qualifier.Agency("锦屏街道"));
        assertRoundTrip(FactKind.STATISTICAL_PERIOD, "2022-01-01/2022-11-30",
                new Qualifier.Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 11, 30)));
        assertRoundTrip(FactKind.PUBLISHED_ON, "2024-01-20", new Qualifier.Day(LocalDate.of(2024, 1, 20)));
        assertRoundTrip(FactKind.SIGNATURE_DATE, "2024-02-29", new Qualifier.Day(LocalDate.of(2024, 2, 29)));
        assertRoundTrip(FactKind.APPLICATIONS_RECEIVED, "R1+R2", new Qualifier.T3Rows(List.of("R1", "R2")));
        assertRoundTrip(FactKind.OUTCOME, "R3.1+R3.2", new Qualifier.T3Rows(List.of("R3.1", "R3.2")));
        assertRoundTrip(FactKind.PERCENT, "R3.4.1", new Qualifier.T3Rows(List.of("R3.4.1")));
        assertRoundTrip(FactKind.APPLICATIONS_BY_CHANNEL, "当面+网络+信函", new Qualifier.Channels(List.of("当面", "网络", "信函")));
        assertRoundTrip(FactKind.REVIEW_OUTCOME_CLAIM, "均获维持", new Qualifier.ReviewClaim("均获维持", true));
        assertRoundTrip(FactKind.REVIEW_OUTCOME_CLAIM, "未被纠错", new Qualifier.ReviewClaim("未被纠错", false));
        assertRoundTrip(FactKind.OVERVIEW_TOPIC, "政府信息管理", new Qualifier.Topic(OverviewTopic.INFORMATION_MANAGEMENT));
        assertRoundTrip(FactKind.SECTION_TEXT, "五", new Qualifier.OfSection(SectionId.PROBLEMS));
    }

    private static void assertRoundTrip(FactKind kind, String text, Qualifier typed) {
        assertThat(Qualifier.fromText(kind, text)).isEqualTo(typed);
        assertThat(typed.text()).isEqualTo(text);
    }

    @Test
    void textThisVersionCannotReadGivesNoQualifier() {
        assertThat(Qualifier.fromText(FactKind.STATISTICAL_PERIOD, "2022年全年")).isNull();
        assertThat(Qualifier.fromText(FactKind.STATISTICAL_PERIOD, "2022-01-01/2022-13-31")).isNull();
        assertThat(Qualifier.fromText(FactKind.SIGNATURE_DATE, "2024年1月29日")).isNull();
        assertThat(Qualifier.fromText(FactKind.OVERVIEW_TOPIC, "队伍建设")).isNull();
        assertThat(Qualifier.fromText(FactKind.SECTION_TEXT, "七")).isNull();
        // a kind that carries no qualifier
        assertThat(Qualifier.fromText(FactKind.REVIEW_COUNT, "R4")).isNull();
        assertThat(Qualifier.fromText(FactKind.OUTCOME, null)).isNull();
    }

    @Test
    void aFactTakesOnlyTheQualifierOfItsKind() {
        SourceSpan at = SourceSpan.onLine(1, 1, 4);
        assertThatThrownBy(() -> new NarrativeFact(FactKind.SIGNATURE_DATE, null, List.of(),
                new Qualifier.Title("2024年1月29日"), "2024年1月29日", at)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NarrativeFact(FactKind.REVIEW_COUNT, null, List.of(),
                new Qualifier.T3Rows(List.of("R4")), "行政复议1件", at)).isInstanceOf(IllegalArgumentException.class);
        NarrativeFact dated = new NarrativeFact(FactKind.SIGNATURE_DATE, null, List.of(),
                new Qualifier.Day(LocalDate.of(2024, 1, 29)), "2024年1月29日", at);
        assertThat(dated.qualifier(Qualifier.Day.class).date()).isEqualTo(LocalDate.of(2024, 1, 29));
        assertThat(dated.qualifier(Qualifier.Period.class)).isNull();
    }
}
