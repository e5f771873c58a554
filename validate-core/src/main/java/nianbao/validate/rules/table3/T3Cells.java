package nianbao.validate.rules.table3;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;

/** All cells of table 三 in a version, row by row. */
final class T3Cells {

    private T3Cells() {
    }

    static List<CellRef> of(FormatVersion version) {
        List<CellRef> refs = new ArrayList<>();
        for (T3Row row : T3Row.rowsOf(version)) for (T3Column c : T3Column.values()) refs.add(CellRef.t3(row, c));
        return refs;
    }
}
