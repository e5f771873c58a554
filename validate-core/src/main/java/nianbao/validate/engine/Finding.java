package nianbao.validate.engine;

import java.util.List;

/**
 * One evaluation of one rule, self-explaining (design §4.4): the formula, each operand with value and place,
 * expected vs actual, bilingual messages, whose fault it is, the quoted source line and the fingerprint (§4.5).
 */
public record Finding(String ruleId, Outcome outcome, Severity severity, String formula, List<Operand> operands,
                      String expected, String actual, String messageZh, String messageEn, Attribution attribution,
                      String quote, String fingerprint) {

    public Finding {
        operands = List.copyOf(operands);
    }
}
