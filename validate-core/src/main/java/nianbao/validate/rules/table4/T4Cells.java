package nianbao.validate.rules.table4;

import java.util.Arrays;
import java.util.List;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T4Column;

/** The 15 value cells of table 四 in printed order. */
final class T4Cells {

    private T4Cells() {
    }

    private static final List<CellRef> ALL = Arrays.stream(T4Column.values()).map(CellRef::t4).toList();

    static List<CellRef> all() {
        return ALL;
    }
}
