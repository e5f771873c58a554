package nianbao.validate.rules;

import java.math.BigDecimal;
import nianbao.validate.engine.Decimals;
import nianbao.validate.engine.Operand;

/**
 * How one operand enters a check under the blank conventions of domain-spec (top of the spec).
 *
 * @param value null only when MISSING
 */
public record Reading(Operand operand, BigDecimal value, State state) {

    public enum State {
        /** Read with full confidence. */
        CERTAIN,
        /** Read, but its column was inferred or its digits decoded under constraints (confidence below 1). */
        INFERRED,
        /** A blank 总计 derived as the sum of its components, all present: the report did not state it. */
        BLANK_DERIVED,
        /**
         * A blank cell that nothing derives: the report states no value. It enters a check as 0 only to say whether
         * the check would hold were it 0; a check on it is UNCERTAIN at most (the cell is blank).
         */
        BLANK,
        /** Not read at all (missing, text, not applicable): no check may rest on it. */
        MISSING
    }

    public boolean isMissing() {
        return state == State.MISSING;
    }

    public String id() {
        return operand.id();
    }

    /** The value as written in messages: plain digits, or "?" when missing. */
    public String text() {
        return value == null ? "?" : Decimals.plain(value);
    }
}
