package nianbao.report.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import nianbao.report.FormatVersion;
import org.junit.jupiter.api.Test;

class TableEquationTest {

    @Test
    void balanceIsThePrintedRuleOfItsColumn() {
        TableEquation eq = TableEquation.balance(T3Column.NAT);
        assertThat(eq.left()).containsExactly(CellRef.t3(T3Row.R1, T3Column.NAT), CellRef.t3(T3Row.R2, T3Column.NAT));
        assertThat(eq.right()).containsExactly(CellRef.t3(T3Row.R3_7, T3Column.NAT), CellRef.t3(T3Row.R4, T3Column.NAT));
        Map<CellRef, BigDecimal> values = new HashMap<>();
        values.put(CellRef.t3(T3Row.R1, T3Column.NAT), BigDecimal.valueOf(16));
        values.put(CellRef.t3(T3Row.R2, T3Column.NAT), BigDecimal.valueOf(2));
        values.put(CellRef.t3(T3Row.R3_7, T3Column.NAT), BigDecimal.valueOf(15));
        assertThat(eq.holds(values::get)).as("R4 missing").isNull();
        values.put(CellRef.t3(T3Row.R4, T3Column.NAT), BigDecimal.valueOf(3));
        assertThat(eq.holds(values::get)).isTrue();
        values.put(CellRef.t3(T3Row.R4, T3Column.NAT), BigDecimal.valueOf(2));
        assertThat(eq.holds(values::get)).isFalse();
    }

    @Test
    void outcomeTotalSumsTheLeavesOfTheVersion() {
        assertThat(TableEquation.outcomeTotal(FormatVersion.V2021, T3Column.TOT).left()).hasSize(21);
        assertThat(TableEquation.outcomeTotal(FormatVersion.V2019, T3Column.TOT).left()).hasSize(19);
        assertThat(TableEquation.outcomeTotal(FormatVersion.V2019, T3Column.TOT).right()).containsExactly(CellRef.t3(T3Row.R3_7, T3Column.TOT));
    }

    @Test
    void rowSumAndGroupTotal() {
        assertThat(TableEquation.rowSum(T3Row.R1).left()).hasSize(6);
        assertThat(TableEquation.rowSum(T3Row.R1).right()).containsExactly(CellRef.t3(T3Row.R1, T3Column.TOT));
        TableEquation review = TableEquation.groupTotal(T4Column.Group.RV);
        assertThat(review.left()).containsExactly(CellRef.t4(T4Column.RV_MAINTAIN), CellRef.t4(T4Column.RV_CORRECT),
                CellRef.t4(T4Column.RV_OTHER), CellRef.t4(T4Column.RV_PENDING));
        assertThat(review.right()).containsExactly(CellRef.t4(T4Column.RV_TOTAL));
    }
}
