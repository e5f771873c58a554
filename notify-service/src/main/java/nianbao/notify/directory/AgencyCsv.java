package nianbao.notify.directory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an agency list: one agency a line, {@code id, name, region code, level, parent government} (the last may be
 * left out), RFC 4180 quoting, an optional header line (first cell {@code id} or 机关编号), blank lines ignored. UTF-8
 * with or without BOM, else GB18030 (what a spreadsheet saves on a Chinese system). Pure: the whole file is judged
 * before anything is stored, and every faulty line is named with its number, field and reason.
 */
public final class AgencyCsv {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The agencies of a valid file, or every problem found; never both. */
    public record Parsed(List<AgencyDraft> agencies, List<FieldProblem> problems) {
    }

    private AgencyCsv() {
    }

    public static Parsed parse(byte[] content) {
        List<AgencyDraft> agencies = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOfId = new HashMap<>();
        List<Row> rows;
        try {
            rows = rows(decode(content));
        } catch (UnclosedQuote e) {
            return new Parsed(List.of(), List.of(new FieldProblem(e.line, "file", "文件", "引号未闭合：从第 " + e.line
                    + " 行起的引号直到文件末尾都没有结束")));
        }
        for (Row row : rows) {
            List<String> cells = row.cells();
            if (cells.stream().allMatch(String::isBlank)) continue;
            if (row.line() == rows.get(0).line() && isHeader(cells.get(0))) continue;
            if (cells.size() < 4 || cells.size() > 5) {
                problems.add(new FieldProblem(row.line(), "file", "整行", "应为 4 或 5 列（机关编号, 机关名称, 行政区划代码, "
                        + "机关层级, 上级政府），实为 " + cells.size() + " 列"));
                continue;
            }
            AgencyDraft.Checked checked = AgencyDraft.check(row.line(), cells.get(0), cells.get(1), cells.get(2),
                    cells.get(3), cells.size() == 5 ? cells.get(4) : null);
            problems.addAll(checked.problems());
            if (checked.draft() == null) continue;
            Integer earlier = firstLineOfId.putIfAbsent(checked.draft().id(), row.line());
            if (earlier != null) {
                problems.add(new FieldProblem(row.line(), "id", "机关编号",
                        "「" + checked.draft().id() + "」与第 " + earlier + " 行重复"));
            } else {
                agencies.add(checked.draft());
            }
        }
        if (problems.isEmpty() && agencies.isEmpty()) {
            problems.add(new FieldProblem(0, "file", "文件", "文件中没有机关"));
        }
        return problems.isEmpty() ? new Parsed(List.copyOf(agencies), List.of()) : new Parsed(List.of(), problems);
    }

    private static boolean isHeader(String firstCell) {
        String cell = firstCell.strip();
        return cell.equalsIgnoreCase("id") || cell.equals("机关编号");
    }

    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, GB18030);
        }
    }

    private record Row(int line, List<String> cells) {
    }

    private static final class UnclosedQuote extends Exception {
        final int line;

        UnclosedQuote(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    /** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; a row's number is its first line's. */
    private static List<Row> rows(String text) throws UnclosedQuote {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') line++;
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                cells.add(cell.toString());
                rows.add(new Row(rowLine, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) throw new UnclosedQuote(quoteLine);
        if (!cells.isEmpty() || cell.length() > 0) {
            cells.add(cell.toString());
            rows.add(new Row(rowLine, List.copyOf(cells)));
        }
        return rows.isEmpty() ? List.of(new Row(1, List.of(""))) : rows;
    }
}
