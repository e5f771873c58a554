package nianbao.parse.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The concatenated-digit examples of domain-spec §7. */
class DigitRunsTest {

    @Test
    void uniqueTableThreeRow() {
        List<int[]> readings = DigitRuns.readings("350010137", 1, 7);
        assertEquals(1, readings.size());
        assertArrayEquals(new int[] {2, 1, 1, 1, 1, 1, 2}, readings.get(0)); // 35,0,0,1,0,1,37
    }

    @Test
    void ambiguousTableThreeRowHasBothReadings() {
        List<int[]> readings = DigitRuns.readings("180010120", 1, 7);
        assertEquals(2, readings.size());
        assertArrayEquals(new int[] {2, 1, 1, 1, 1, 1, 2}, readings.get(1)); // 18,0,0,1,0,1,20
        assertArrayEquals(new int[] {1, 1, 1, 1, 2, 1, 2}, readings.get(0)); // 1,8,0,0,10,1,20
    }

    @Test
    void spacesRemovedRunReadsAsTwelve() {
        assertEquals(1, DigitRuns.readings("120000012", 1, 7).size());
        assertArrayEquals(new int[] {2, 1, 1, 1, 1, 1, 2}, DigitRuns.readings("120000012", 1, 7).get(0));
    }

    @Test
    void noReadingWhenTheTotalIsWrong() {
        assertEquals(0, DigitRuns.readings("3000004", 1, 7).size());
    }

    @Test
    void tableFourThreeGroupsOfFive() {
        List<int[]> readings = DigitRuns.readings("000000000000000", 3, 5);
        assertEquals(1, readings.size());
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, readings.get(0));
    }
}
