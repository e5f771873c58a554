package nianbao.report.tables;

import java.util.Objects;

/**
 * The address of a cell by the ids of domain-spec §3–§5: {@code T2.NORM.VALID}, {@code T3[R3.3.2][NAT]},
 * {@code T4[RV.TOTAL]} (table 四 has a single row, {@link #T4_ROW}).
 */
public record CellRef(TableId table, String row, String column) {

    public static final String T4_ROW = "CASES";

    public CellRef {
        Objects.requireNonNull(table);
        Objects.requireNonNull(row);
        Objects.requireNonNull(column);
    }

    public static CellRef t3(T3Row row, T3Column column) {
        return new CellRef(TableId.T3, row.id(), column.name());
    }

    public static CellRef t4(T4Column column) {
        return new CellRef(TableId.T4, T4_ROW, column.id());
    }

    public static CellRef t2(T2Cell cell) {
        return new CellRef(TableId.T2, cell.row(), cell.column());
    }

    /** Parses the canonical id written by {@link #id()}. */
    public static CellRef parse(String id) {
        if (id.startsWith("T2.")) {
            int dot = id.indexOf('.', 3);
            return new CellRef(TableId.T2, id.substring(3, dot), id.substring(dot + 1));
        }
        if (id.startsWith("T3[") && id.endsWith("]")) {
            int mid = id.indexOf("][");
            return new CellRef(TableId.T3, id.substring(3, mid), id.substring(mid + 2, id.length() - 1));
        }
        if (id.startsWith("T4[") && id.endsWith("]")) {
            return new CellRef(TableId.T4, T4_ROW, id.substring(3, id.length() - 1));
        }
        throw new IllegalArgumentException("not a cell id: " + id);
    }

    public String id() {
        return switch (table) {
            case T2 -> "T2." + row + "." + column;
            case T3 -> "T3[" + row + "][" + column + "]";
            case T4 -> "T4[" + column + "]";
        };
    }

    @Override
    public String toString() {
        return id();
    }
}
