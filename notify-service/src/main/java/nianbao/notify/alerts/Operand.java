package nianbao.notify.alerts;

/**
 * One input of a rule: the cell, the value read, the text as written and where it stands in the submission's text
 * (1-based line and column, end column exclusive; line 0 = nowhere). {@code endLine} 0 = the end was not recorded
 * (findings stored before the end was kept): the text as written tells how far it reaches.
 */
public record Operand(String cellId, String value, String raw, int line, int column, int endLine, int endColumn) {

    /** An operand whose end in the text is not known. */
    public Operand(String cellId, String value, String raw, int line, int column) {
        this(cellId, value, raw, line, column, 0, 0);
    }
}
