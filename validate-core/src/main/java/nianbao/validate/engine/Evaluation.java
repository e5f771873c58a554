package nianbao.validate.engine;

import java.util.List;

/**
 * What a rule says about one check, before the runner stamps rule id, fingerprint and configured severity.
 *
 * @param severity null for the rule's own severity
 * @param formula  the instantiated formula (e.g. for one column), null for the rule's general formula
 * @param quote    the quoted source sentence, null to quote the line of the first operand that has a place
 */
public record Evaluation(Outcome outcome, Severity severity, String formula, List<Operand> operands, String expected,
                         String actual, String messageZh, String messageEn, Attribution attribution, String quote) {

    public Evaluation {
        operands = List.copyOf(operands);
    }

    public Evaluation withQuote(String newQuote) {
        return new Evaluation(outcome, severity, formula, operands, expected, actual, messageZh, messageEn,
                attribution, newQuote);
    }
}
