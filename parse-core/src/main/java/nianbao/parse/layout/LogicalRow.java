package nianbao.parse.layout;

import java.util.List;

/** The cells of one table row in reading order: labels first as a rule, then values; may span several lines. */
public record LogicalRow(List<Token> tokens) {

    public LogicalRow {
        tokens = List.copyOf(tokens);
    }
}
