package nianbao.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void readsCountsSignedChangesMoneyAndFullWidthDigits() {
        assertEquals(new Numbers.Reading(new BigDecimal("16"), false), Numbers.read("16"));
        assertEquals(new Numbers.Reading(new BigDecimal("19"), false), Numbers.read("+19"));
        assertEquals(new Numbers.Reading(new BigDecimal("-15"), false), Numbers.read("－15"));
        assertEquals(new Numbers.Reading(new BigDecimal("6.8178"), false), Numbers.read("6.8178"));
        assertEquals(new Numbers.Reading(new BigDecimal("432.52"), true), Numbers.read("432.52元"));
        assertEquals(new Numbers.Reading(new BigDecimal("12"), false), Numbers.read("１２"));
        assertNull(Numbers.read("1.属于国家秘密"));
        assertNull(Numbers.read("1."));
        assertNull(Numbers.read("无"));
    }

    @Test
    void blanksAreNotZero() {
        for (String blank : new String[] {"-", "/", "—", "——", "－", "&nbsp;", "\u00A0", ""}) {
            assertTrue(Numbers.isBlank(blank), blank);
            assertNull(Numbers.read(blank), blank);
        }
        assertFalse(Numbers.isBlank("0"));
    }
}
