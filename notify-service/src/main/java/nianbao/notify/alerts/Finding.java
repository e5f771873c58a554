package nianbao.notify.alerts;

import java.util.List;

/** One finding of a validation, as the rule catalogue reported it. Enum-valued fields hold the Avro symbol. */
public record Finding(String ruleId, String outcome, String severity, String formula, List<Operand> operands,
                      String expected, String actual, String messageZh, String messageEn, String attribution,
                      String quote, String fingerprint) {

    public Finding {
        operands = List.copyOf(operands);
    }
}
