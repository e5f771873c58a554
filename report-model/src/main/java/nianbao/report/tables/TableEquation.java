package nianbao.report.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nianbao.report.FormatVersion;

/**
 * One sum a table must satisfy (domain-spec §6.1, §6.2): Σ {@code left} = Σ {@code right}. Written once, here, for
 * the parser (which uses them to choose among readings of run-together digits) and the rules (which check them).
 */
public record TableEquation(List<CellRef> left, List<CellRef> right) {

    public TableEquation {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** Table 三's printed rule in column {@code c}: 第一项加第二项之和，等于第三项加第四项之和 (T3-BALANCE). */
    public static TableEquation balance(T3Column c) {
        return new TableEquation(List.of(CellRef.t3(T3Row.R1, c), CellRef.t3(T3Row.R2, c)),
                List.of(CellRef.t3(T3Row.R3_7, c), CellRef.t3(T3Row.R4, c)));
    }

    /** The leaf outcome rows of {@code version} add up to （七）总计 in column {@code c} (T3-OUTCOME-TOTAL). */
    public static TableEquation outcomeTotal(FormatVersion version, T3Column c) {
        List<CellRef> leaves = new ArrayList<>();
        for (T3Row leaf : T3Row.leavesOf(version)) leaves.add(CellRef.t3(leaf, c));
        return new TableEquation(leaves, List.of(CellRef.t3(T3Row.R3_7, c)));
    }

    /** The six applicant columns of {@code row} add up to its 总计 (T3-ROWSUM). */
    public static TableEquation rowSum(T3Row row) {
        return new TableEquation(T3Column.APPLICANTS.stream().map(c -> CellRef.t3(row, c)).toList(),
                List.of(CellRef.t3(row, T3Column.TOT)));
    }

    /** A table-四 group's outcomes add up to its 总计 (T4-REVIEW-TOTAL, T4-DIRECT-TOTAL, T4-POSTREVIEW-TOTAL). */
    public static TableEquation groupTotal(T4Column.Group group) {
        return new TableEquation(group.components().stream().map(CellRef::t4).toList(), List.of(CellRef.t4(group.total())));
    }

    /** Every cell the equation reads. */
    public List<CellRef> cells() {
        List<CellRef> all = new ArrayList<>(left);
        all.addAll(right);
        return all;
    }

    /**
     * Whether it holds on {@code values} (a cell's number, or null when it has none); null when a value is missing.
     */
    public Boolean holds(Function<CellRef, BigDecimal> values) {
        BigDecimal l = sum(left, values);
        BigDecimal r = sum(right, values);
        return l == null || r == null ? null : l.compareTo(r) == 0;
    }

    private static BigDecimal sum(List<CellRef> refs, Function<CellRef, BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (CellRef ref : refs) {
            BigDecimal v = values.apply(ref);
            if (v == null) return null;
            total = total.add(v);
        }
        return total;
    }
}
