package nianbao.validate.rules.narrative;

import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.validate.rules.Checks.Subject;

/** 办结/答复 N 件 in the narrative equals table 三 （七）总计. */
public final class NClosedTotal extends FactEqualsCells {

    public NClosedTotal() {
        super("N-CLOSED-TOTAL", FactKind.APPLICATIONS_CLOSED, List.of(CellRef.t3(T3Row.R3_7, T3Column.TOT)),
                new Subject("正文所述办结申请数与表三“（七）总计”", "Applications closed per the narrative vs table 3 （七）总计"));
    }
}
