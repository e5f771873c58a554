package nianbao.validate.engine;

import java.util.Arrays;
import java.util.List;
import nianbao.report.Sha256;

/**
 * Identifies a finding across replays and resubmissions (design §4.5): SHA-256 of agency, report year, rule id and
 * the (operand id, value) pairs sorted by id — independent of severity, message wording and source position, so a
 * re-parse that moves a cell or a changed severity never re-alerts.
 */
public final class Fingerprint {

    private static final char SEP = '\u001f';

    private Fingerprint() {
    }

    public static String of(String agencyId, int reportYear, String ruleId, List<Operand> operands) {
        String[] pairs = new String[operands.size()];
        int length = agencyId.length() + ruleId.length() + YEAR_AND_SEPARATORS;
        for (int i = 0; i < pairs.length; i++) {
            Operand o = operands.get(i);
            pairs[i] = o.id() + "=" + (o.value() == null ? "" : Decimals.plain(o.value()));
            length += pairs[i].length() + 1;
        }
        Arrays.sort(pairs);
        StringBuilder key = new StringBuilder(length).append(agencyId).append(SEP).append(reportYear).append(SEP).append(ruleId);
        for (String pair : pairs) key.append(SEP).append(pair);
        return sha256Hex(key.toString());
    }

    /** Room for {@code ␟2022␟} in the key. */
    private static final int YEAR_AND_SEPARATORS = 6;

    public static String sha256Hex(String text) {
        return Sha256.hex(text);
    }
}
