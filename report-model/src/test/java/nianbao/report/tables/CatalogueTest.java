package nianbao.report.tables;

import static org.assertj.core.api.Assertions.assertThat;

import nianbao.report.FormatVersion;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void tableThreeHasTwentyFiveRowsInV2021AndTwentyThreeInV2019() {
        assertThat(T3Row.rowsOf(FormatVersion.V2021)).hasSize(25);
        assertThat(T3Row.rowsOf(FormatVersion.V2019)).hasSize(23);
        assertThat(T3Row.leavesOf(FormatVersion.V2021)).hasSize(21);
        assertThat(T3Row.leavesOf(FormatVersion.V2019)).hasSize(19);
        assertThat(T3Row.leavesUnder("R3.3", FormatVersion.V2021)).hasSize(8);
        assertThat(T3Row.leavesUnder("R3.6", FormatVersion.V2019)).containsExactly(T3Row.R3_6);
        assertThat(T3Row.leavesUnder("R3.6", FormatVersion.V2021))
                .containsExactly(T3Row.R3_6_1, T3Row.R3_6_2, T3Row.R3_6_3);
    }

    @Test
    void tableFourGroupsSumFourColumnsIntoTheirTotal() {
        assertThat(T4Column.values()).hasSize(15);
        assertThat(T4Column.Group.LR.components())
                .containsExactly(T4Column.LR_MAINTAIN, T4Column.LR_CORRECT, T4Column.LR_OTHER, T4Column.LR_PENDING);
        assertThat(T4Column.RV_TOTAL.id()).isEqualTo("RV.TOTAL");
    }

    @Test
    void tableTwoHasTenCellsInV2021AndTwentyTwoInV2019() {
        assertThat(T2Cell.cellsOf(FormatVersion.V2021)).hasSize(10);
        assertThat(T2Cell.cellsOf(FormatVersion.V2019)).hasSize(22);
    }

    @Test
    void cellIdsRoundTrip() {
        CellRef t3 = CellRef.t3(T3Row.R3_3_2, T3Column.NAT);
        CellRef t4 = CellRef.t4(T4Column.LD_TOTAL);
        CellRef t2 = T2Cell.FEE_AMOUNT.ref();
        assertThat(t3.id()).isEqualTo("T3[R3.3.2][NAT]");
        assertThat(t4.id()).isEqualTo("T4[LD.TOTAL]");
        assertThat(t2.id()).isEqualTo("T2.FEE.AMOUNT_WANYUAN");
        assertThat(CellRef.parse(t3.id())).isEqualTo(t3);
        assertThat(CellRef.parse(t4.id())).isEqualTo(t4);
        assertThat(CellRef.parse(t2.id())).isEqualTo(t2);
    }
}
