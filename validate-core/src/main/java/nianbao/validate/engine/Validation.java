package nianbao.validate.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of validating one report.
 *
 * @param keyFigures the headline cells (T3[R1][TOT] … T4[LR.TOTAL]) → value text, null when not read
 */
public record Validation(String ruleSetVersion, Verdict verdict, List<Finding> findings, Map<String, String> keyFigures) {

    public Validation {
        findings = List.copyOf(findings);
        keyFigures = Collections.unmodifiableMap(new LinkedHashMap<>(keyFigures));
    }

    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
