package nianbao.notify.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import nianbao.report.OperandNames;

/**
 * The headline cells that report-validated carries as key figures (schema ReportValidated.keyFigures), in the order
 * the workspace shows them, each with a short Chinese and English name for column headers and its full name in words.
 */
public final class HeadlineCells {

    /** One headline cell. */
    public record Cell(String id, String zh, String en) {

        /** The cell said in full (表三“…”行“总计”列). */
        public String words() {
            return OperandNames.of(id).orElse(zh);
        }
    }

    public static final List<Cell> ALL = List.of(
            new Cell("T3[R1][TOT]", "本年新收申请", "applications received"),
            new Cell("T3[R2][TOT]", "上年结转申请", "carried over from last year"),
            new Cell("T3[R3.7][TOT]", "办理结果总计", "applications answered"),
            new Cell("T3[R4][TOT]", "结转下年度办理", "carried over to next year"),
            new Cell("T4[RV.TOTAL]", "行政复议总计", "administrative reviews"),
            new Cell("T4[LD.TOTAL]", "行政诉讼（未经复议直接起诉）总计", "lawsuits filed directly"),
            new Cell("T4[LR.TOTAL]", "行政诉讼（复议后起诉）总计", "lawsuits after review"));

    private HeadlineCells() {
    }

    /** The figure as a number, or null when it was not read or is no decimal. */
    public static BigDecimal number(Map<String, String> keyFigures, String cellId) {
        String value = keyFigures.get(cellId);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
