package nianbao.validate.engine;

import java.math.BigDecimal;

/** How findings write a number: messages, expected/actual and fingerprints alike. */
public final class Decimals {

    private Decimals() {
    }

    /**
     * Plain digits without trailing zeros ({@code 2.50} → {@code 2.5}, {@code 100} → {@code 100}). Table counts
     * already have scale 0 and are written as they are: stripping their zeros first would divide 100 by ten twice
     * to print the same digits.
     */
    public static String plain(BigDecimal value) {
        return value.scale() == 0 ? value.toPlainString() : value.stripTrailingZeros().toPlainString();
    }
}
