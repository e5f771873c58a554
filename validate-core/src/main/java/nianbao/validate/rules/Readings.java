package nianbao.validate.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nianbao.report.Cell;
import nianbao.report.CellSemantic;
import nianbao.report.NarrativeFact;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T4Column;
import nianbao.report.tables.TableId;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.RuleInput;

/**
 * Reads cells and facts as operands. Blank is not 0 (issue 9, a stricter reading of domain-spec's Conventions): a blank
 * 总计 whose components are all present is derived as their sum (BLANK_DERIVED); any other blank is BLANK, which no
 * check may count as 0 for a FAIL.
 */
public final class Readings {

    private Readings() {
    }

    public static Reading cell(RuleInput input, CellRef ref) {
        return cell(input::cell, ref, ref.id());
    }

    /** A cell of the prior-year report: its operand id carries the year, e.g. {@code T3[R4][TOT]@2022}. */
    public static Reading priorCell(RuleInput input, CellRef ref) {
        return cell(input::priorCell, ref, ref.id() + "@" + (input.context().reportYear() - 1));
    }

    private static Reading cell(Function<CellRef, Cell> cells, CellRef ref, String operandId) {
        Cell c = cells.apply(ref);
        Operand operand = Operand.of(operandId, c);
        if (c.semantic() == CellSemantic.NUMBER) {
            return new Reading(operand, c.value(), c.isCertain() ? Reading.State.CERTAIN : Reading.State.INFERRED);
        }
        if (c.semantic() == CellSemantic.BLANK) return blank(cells, ref, operand);
        return new Reading(operand, null, Reading.State.MISSING);
    }

    /** A blank 总计 over components that are all numbers is their sum; any other blank stays blank. */
    private static Reading blank(Function<CellRef, Cell> cells, CellRef ref, Operand operand) {
        List<CellRef> components = componentsOfTotal(ref);
        if (components.isEmpty()) return new Reading(operand, BigDecimal.ZERO, Reading.State.BLANK);
        BigDecimal sum = BigDecimal.ZERO;
        for (CellRef component : components) {
            Cell part = cells.apply(component);
            if (!part.isNumber()) return new Reading(operand, BigDecimal.ZERO, Reading.State.BLANK);
            sum = sum.add(part.value());
        }
        return new Reading(operand, sum, Reading.State.BLANK_DERIVED);
    }

    /** The components a 总计 cell sums (its row's six applicant columns, or its table-四 group); empty otherwise. */
    public static List<CellRef> componentsOfTotal(CellRef ref) {
        List<CellRef> parts = new ArrayList<>();
        if (ref.table() == TableId.T3 && ref.column().equals(T3Column.TOT.name())) {
            for (T3Column c : T3Column.APPLICANTS) parts.add(new CellRef(TableId.T3, ref.row(), c.name()));
        } else if (ref.table() == TableId.T4) {
            for (T4Column c : T4Column.values()) {
                if (c.isTotal() && c.id().equals(ref.column())) {
                    c.group().components().forEach(component -> parts.add(CellRef.t4(component)));
                }
            }
        }
        return parts;
    }

    /**
     * A narrative figure, operand id {@code N:<KIND>}: the text is what it is, so it is certain unless the parser read
     * a figure of it whole across a space or line break that may separate two (then INFERRED).
     */
    public static Reading fact(NarrativeFact fact) {
        return stated("N:" + fact.kind().name(), fact.value(), fact);
    }

    /** A stated figure that is not a fact of its own (a part of a sum, a percentage base), as certain as its fact. */
    public static Reading stated(String id, BigDecimal value, NarrativeFact source) {
        Reading.State read = source.certain() ? Reading.State.CERTAIN : Reading.State.INFERRED;
        return new Reading(new Operand(id, value, value == null ? null : value.toPlainString(), source.span()), value,
                value == null ? Reading.State.MISSING : read);
    }
}
