package nianbao.validate.rules.narrative;

import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.validate.rules.Checks.Subject;

/** 结转下年度 N 件 (无下年度结转: 0) in the narrative equals table 三 row 四 (结转下年度继续办理). */
public final class NCarry extends FactEqualsCells {

    public NCarry() {
        super("N-CARRY", FactKind.APPLICATIONS_CARRIED_OVER, List.of(CellRef.t3(T3Row.R4, T3Column.TOT)),
                new Subject("正文所述结转下年度申请数与表三“四、结转下年度继续办理”",
                        "Applications carried forward per the narrative vs table 3 row 四"));
    }
}
