package nianbao.validate.rules;

import java.math.BigDecimal;
import nianbao.validate.engine.Operand;

/**
 * How one operand enters a check under the blank conventions of domain-spec (top of the spec).
 *
 * @param value null only when MISSING
 */
public record Reading(Operand operand, BigDecimal value, State state) {

    public enum State {
        /** Read with full confidence, or a blank read as 0 by convention. */
        CERTAIN,
        /** Read, but its column was inferred or its digits decoded under constraints (confidence below 1). */
        INFERRED,
        /** A blank 总计 derived as the sum of its non-zero components: the report did not state it. */
        BLANK_DERIVED,
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
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }
}
