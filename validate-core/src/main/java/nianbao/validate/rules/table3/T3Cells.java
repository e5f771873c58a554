package nianbao.validate.rules.table3;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Row;

/** All cells of table 三 in a version, row by row. */
final class T3Cells {

    private T3Cells() {
    }

    // three rules walk every cell of the table for every report: listed once per version
    private static final Map<FormatVersion, List<CellRef>> CELLS = new EnumMap<>(FormatVersion.class);

    static {
        for (FormatVersion version : FormatVersion.values()) {
            List<CellRef> refs = new ArrayList<>();
            for (T3Row row : T3Row.rowsOf(version)) refs.addAll(row.cells());
            CELLS.put(version, List.copyOf(refs));
        }
    }

    static List<CellRef> of(FormatVersion version) {
        return CELLS.get(version);
    }
}
