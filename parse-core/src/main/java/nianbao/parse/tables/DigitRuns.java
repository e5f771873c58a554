package nianbao.parse.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a run of digits written without separators (domain-spec §7, concatenated digits) into groups of integers
 * whose last member is the sum of the others: one group of 7 for a table-三 row (总计 = Σ six applicant columns),
 * three groups of 5 for table 四 (each 总计 = Σ four outcomes); or, for table 二, which has no sums, into integers
 * under no other constraint. Integers have no leading zeros.
 */
final class DigitRuns {

    /** Longest integer considered for one cell; keeps sums inside a long. */
    private static final int MAX_DIGITS = 12;
    /** Enough to tell "unique" from "ambiguous" and to let column equations pick among a few readings. */
    private static final int MAX_READINGS = 16;

    private DigitRuns() {
    }

    /** Every reading of {@code digits} as summed groups, each as the lengths of its parts in order. */
    static List<int[]> readings(String digits, int groups, int groupSize) {
        List<int[]> out = new ArrayList<>();
        search(digits, 0, groups, groupSize, true, 0, 0L, new int[groups * groupSize], out);
        return out;
    }

    /**
     * Every reading of {@code digits} as a table-三 row (7 parts, 总计 last) followed by table 四 (3 × 5 parts): a run
     * too long for any row, where table 四's values ran on from the last row read.
     */
    static List<int[]> rowThenTableFour(String digits) {
        List<int[]> out = new ArrayList<>();
        for (int split = 7; split <= digits.length() - 15 && out.size() < MAX_READINGS; split++) {
            List<int[]> rows = readings(digits.substring(0, split), 1, 7);
            if (rows.isEmpty()) continue;
            List<int[]> fours = readings(digits.substring(split), 3, 5);
            for (int[] row : rows) {
                for (int[] four : fours) {
                    int[] both = new int[22];
                    System.arraycopy(row, 0, both, 0, 7);
                    System.arraycopy(four, 0, both, 7, 15);
                    out.add(both);
                }
            }
        }
        return out;
    }

    /** Every reading of {@code digits} as {@code parts} integers without a sum (table 二). */
    static List<int[]> unsummedReadings(String digits, int parts) {
        List<int[]> out = new ArrayList<>();
        search(digits, 0, 1, parts, false, 0, 0L, new int[parts], out);
        return out;
    }

    private static void search(String digits, int pos, int groups, int groupSize, boolean summed, int part, long sum,
                               int[] lengths, List<int[]> out) {
        if (out.size() >= MAX_READINGS) return;
        int partsLeft = groups * groupSize - part;
        if (partsLeft == 0) {
            if (pos == digits.length()) out.add(lengths.clone());
            return;
        }
        // every part left takes one digit at least and MAX_DIGITS at most: no reading in a run too short or too long
        int digitsLeft = digits.length() - pos;
        if (digitsLeft < partsLeft || digitsLeft > (long) partsLeft * MAX_DIGITS) return;
        boolean isTotal = summed && part % groupSize == groupSize - 1;
        if (isTotal) {
            String total = Long.toString(sum);
            if (digits.startsWith(total, pos)) {
                lengths[part] = total.length();
                search(digits, pos + total.length(), groups, groupSize, true, part + 1, 0L, lengths, out);
            }
            return;
        }
        if (pos >= digits.length()) return;
        int max = digits.charAt(pos) == '0' ? 1 : MAX_DIGITS;
        for (int len = 1; len <= max && pos + len <= digits.length(); len++) {
            lengths[part] = len;
            long value = Long.parseLong(digits.substring(pos, pos + len));
            search(digits, pos + len, groups, groupSize, summed, part + 1, sum + value, lengths, out);
        }
    }
}
