package nianbao.validate.engine;

import java.util.Comparator;
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
        StringBuilder key = new StringBuilder().append(agencyId).append(SEP).append(reportYear).append(SEP).append(ruleId);
        operands.stream()
                .map(o -> o.id() + "=" + (o.value() == null ? "" : o.value().stripTrailingZeros().toPlainString()))
                .sorted(Comparator.naturalOrder())
                .forEach(pair -> key.append(SEP).append(pair));
        return sha256Hex(key.toString());
    }

    public static String sha256Hex(String text) {
        return Sha256.hex(text);
    }
}
