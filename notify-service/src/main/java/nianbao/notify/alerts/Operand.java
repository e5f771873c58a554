package nianbao.notify.alerts;

/** One input of a rule: the cell, the value read, the text as written and where it stands (line 0 = nowhere). */
public record Operand(String cellId, String value, String raw, int line, int column) {
}
