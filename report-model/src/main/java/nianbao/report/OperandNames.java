package nianbao.report;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T2Cell;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.T4Column;

/**
 * The operands of findings named in words, for the people who read them: {@code T3[R1][TOT]} is 表三“一、本年新收政府信息
 * 公开申请数量”行“总计”列, {@code N:REVIEW_COUNT} a number the report's text states. The rules' messages carry the operand
 * ids; agencies and supervisors read rows and columns.
 */
public final class OperandNames {

    /** A cell id of domain-spec §3–§5, optionally a prior year's ({@code @2021}). */
    private static final Pattern CELL_ID =
            Pattern.compile("(T2\\.[A-Z0-9_]+\\.[A-Z0-9_]+|T3\\[R[0-9.]+]\\[[A-Z]+]|T4\\[[A-Z.]+])(?:@(\\d{4}))?");
    /** A table-三 row id printed in front of its own quoted label ({@code R3.6“（六）其他处理”}): the label says it all. */
    /** A number read from the report's prose ({@code N:REVIEW_COUNT}); the message says which. */
    private static final Pattern NARRATIVE_FACT = Pattern.compile("N:[A-Z_]+");
    private static final String NARRATIVE_WORDS = "正文所述数字";
    private static final Pattern ROW_ID_BEFORE_LABEL = Pattern.compile("(?<![A-Za-z0-9.\\[])R\\d+(?:\\.\\d+)*(?=“)");

    private OperandNames() {
    }

    /**
     * The words for a cell id (with its year when it is a prior year's cell) or a narrative fact, or empty for other
     * operands (sections, labels, dates: their quote speaks for them) and ids of no known cell.
     */
    public static Optional<String> of(String id) {
        if (NARRATIVE_FACT.matcher(id).matches()) return Optional.of(NARRATIVE_WORDS);
        Matcher matcher = CELL_ID.matcher(id);
        return matcher.matches() ? words(matcher) : Optional.empty();
    }

    /** The text with every cell id and narrative fact it names said in words; ids of no known cell stay as they are. */
    public static String inText(String text) {
        if (text == null) return null;
        String cells = CELL_ID.matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(words(match).orElse(match.group())));
        String facts = NARRATIVE_FACT.matcher(cells).replaceAll(NARRATIVE_WORDS);
        return ROW_ID_BEFORE_LABEL.matcher(facts).replaceAll("");
    }

    private static Optional<String> words(MatchResult match) {
        CellRef ref;
        try {
            ref = CellRef.parse(match.group(1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String year = match.group(2) == null ? "" : match.group(2) + "年报告";
        return words(ref).map(words -> year + words);
    }

    private static Optional<String> words(CellRef ref) {
        return switch (ref.table()) {
            case T2 -> Arrays.stream(T2Cell.values())
                    .filter(c -> c.row().equals(ref.row()) && c.column().equals(ref.column())).findFirst()
                    .map(c -> "表二“" + c.rowLabel() + "·" + c.columnLabel() + "”");
            case T3 -> Arrays.stream(T3Row.values()).filter(r -> r.id().equals(ref.row())).findFirst()
                    .flatMap(row -> Arrays.stream(T3Column.values()).filter(c -> c.name().equals(ref.column()))
                            .findFirst()
                            .map(column -> "表三“" + (row.group() == null ? "" : row.group() + "·") + row.label()
                                    + "”行“" + column.label() + "”列"));
            case T4 -> Arrays.stream(T4Column.values()).filter(c -> c.id().equals(ref.column())).findFirst()
                    .map(c -> "表四“" + c.group().label() + "·" + c.label() + "”");
        };
    }
}
