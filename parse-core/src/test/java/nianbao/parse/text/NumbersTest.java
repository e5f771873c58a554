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
    void readsThousandsGroupsAndAmountsInTenThousandYuan() {
        assertEquals(new Numbers.Reading(new BigDecimal("1288"), false), Numbers.read("1,288"));
        assertEquals(new Numbers.Reading(new BigDecimal("1234567"), false), Numbers.read("1,234,567"));
        assertEquals(new Numbers.Reading(new BigDecimal("24252.311082"), false), Numbers.read("24,252.311082"));
        assertEquals(new Numbers.Reading(new BigDecimal("0.5"), false), Numbers.read("0.5万元"));
        assertEquals(new Numbers.Reading(new BigDecimal("251000"), true), Numbers.read("251,000元"));
        assertNull(Numbers.read("1,2"));
        assertNull(Numbers.read("12,34"));
        assertNull(Numbers.read("1234,567"));
        assertNull(Numbers.read("1,2345"));
        assertNull(Numbers.read("1,"));
        assertEquals(new Numbers.Reading(new BigDecimal("3"), false), Numbers.read("3件"));
        assertEquals(new Numbers.Reading(new BigDecimal("12"), false), Numbers.read("12项"));
        assertNull(Numbers.read("件"));
    }

    @Test
    void cellsReadTheSameHoweverWritten() {
        assertTrue(Numbers.sameReading("-", "／"));
        assertTrue(Numbers.sameReading("0", "０"));
        assertTrue(Numbers.sameReading("3", "3件"));
        assertTrue(Numbers.sameReading("无", "无"));
        assertFalse(Numbers.sameReading("0", "-"));
        assertFalse(Numbers.sameReading("0", "1"));
        assertFalse(Numbers.sameReading("5", "5元"));
        assertFalse(Numbers.sameReading("无", "-"));
    }

    @Test
    void asciiDigitsOfHalfAndFullWidthDigits() {
        assertEquals('7', Numbers.asciiDigit('7'));
        assertEquals('0', Numbers.asciiDigit('０'));
        assertEquals('9', Numbers.asciiDigit('９'));
        assertEquals(0, Numbers.asciiDigit('七'));
        assertEquals(0, Numbers.asciiDigit('.'));
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
