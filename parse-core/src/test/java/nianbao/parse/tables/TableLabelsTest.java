package nianbao.parse.tables;

import static org.assertj.core.api.Assertions.assertThat;

import nianbao.parse.text.Labels;
import nianbao.report.FormatVersion;
import nianbao.report.tables.T3Row;
import org.junit.jupiter.api.Test;

/** Row labels as real reports write them: with characters lost, changed or cut, but keeping their ordinal. */
class TableLabelsTest {

    private static TableLabels.Match<T3Row> row(String label) {
        return TableLabels.t3Row(Labels.normalise(label), FormatVersion.V2021);
    }

    @Test
    void aNumberedLabelWithAFewCharactersLostOrChangedNamesTheClosestRowOfItsOrdinal() {
        assertThat(row("2.其他法律法规禁止公开")).isEqualTo(new TableLabels.Match<>(T3Row.R3_3_2, true, false));
        assertThat(row("2.其他法律行政止公开")).isEqualTo(new TableLabels.Match<>(T3Row.R3_3_2, true, false));
        assertThat(row("5、属于三类内部事物信息")).isEqualTo(new TableLabels.Match<>(T3Row.R3_3_5, true, false));
        assertThat(row("四、结转下年度继续力理")).isEqualTo(new TableLabels.Match<>(T3Row.R4, true, false));
    }

    @Test
    void tooDifferentOrUnnumberedOrWithValuesRunOnItIsNoRow() {
        assertThat(row("2.其他事项")).isNull();
        assertThat(row("其他法律法规禁止公开")).isNull();
        assertThat(row("四、结转下年度继续办理0")).isNull();
        assertThat(row("1.属于国家秘密")).isEqualTo(new TableLabels.Match<>(T3Row.R3_3_1, false, false));
    }

    /** A label cut short (wrapped, truncated) is a variant that is the start of its row's label. */
    @Test
    void aLabelCutShortIsTheStartOfItsRow() {
        assertThat(row("(二)部分公开(区")).isEqualTo(new TableLabels.Match<>(T3Row.R3_2, true, true));
        assertThat(row("1.属于")).isEqualTo(new TableLabels.Match<>(T3Row.R3_3_1, true, true));
    }
}
