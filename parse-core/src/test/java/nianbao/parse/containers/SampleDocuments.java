package nianbao.parse.containers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nianbao.parse.containers.ReportDocument.Block;
import nianbao.parse.containers.ReportDocument.Paragraph;
import nianbao.parse.containers.ReportDocument.SpanCell;
import nianbao.parse.containers.ReportDocument.Table;
import nianbao.report.FormatVersion;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.report.testing.SampleReports;

/**
 * Reads a text sample into a {@link ReportDocument} that a real web page or Word file would hold: table 三 and
 * table 四 get their printed header with row and column spans and group labels spanning their rows; their data
 * rows keep the sample's own row labels and values as written, and a six-value row is printed with its 商业企业 cell
 * empty, which is how domain-spec §7 reads such a row (first value 自然人, the rest aligned from the right). Other tables are copied
 * row by row, with a header cell followed by empty cells turned into a column span.
 */
public final class SampleDocuments {

    /** How the sample text holds its tables. */
    public enum SourceLayout {
        /** One row per line, cells separated by TAB (longting, kunwu, qidong). */
        TAB_ROWS,
        /** One cell per line prefixed by TAB, rows separated by a blank line (jinping). */
        CELL_PER_LINE
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final String T3_OUTCOMES = "三、本年度办理结果";
    private static final int T3_LABEL_COLUMNS = 3;

    private SampleDocuments() {
    }

    /** How a sample that this class can read holds its tables. */
    public static SourceLayout layoutOf(String sample) {
        return sample.equals(SampleReports.JINPING) ? SourceLayout.CELL_PER_LINE : SourceLayout.TAB_ROWS;
    }

    public static ReportDocument read(String sampleText, SourceLayout layout) {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (String line : sampleText.split("\r?\n", -1)) {
            boolean tableLine = layout == SourceLayout.TAB_ROWS ? line.contains("\t") : line.startsWith("\t");
            if (tableLine) {
                if (layout == SourceLayout.TAB_ROWS) {
                    table.add(List.of(line.split("\t", -1)));
                } else {
                    row.add(line.substring(1));
                }
            } else if (line.isBlank()) {
                endRow(table, row);
            } else {
                endRow(table, row);
                endTable(blocks, table);
                blocks.add(new Paragraph(line.strip()));
            }
        }
        endRow(table, row);
        endTable(blocks, table);
        return new ReportDocument(blocks);
    }

    private static void endRow(List<List<String>> table, List<String> row) {
        if (!row.isEmpty()) {
            table.add(List.copyOf(row));
            row.clear();
        }
    }

    private static void endTable(List<Block> blocks, List<List<String>> table) {
        if (table.isEmpty()) {
            return;
        }
        List<List<String>> dataRows = table.stream().filter(SampleDocuments::hasNumber).toList();
        if (table.stream().flatMap(List::stream).anyMatch(cell -> cell.contains("本年新收"))) {
            blocks.add(table3(dataRows));
        } else if (dataRows.size() == 1 && values(dataRows.get(0)).size() >= 14) {
            blocks.add(table4(values(dataRows.get(0))));
        } else {
            blocks.add(copied(table));
        }
        table.clear();
    }

    /** Table 三 as printed (domain-spec §4.1): 3 label columns, header rows with spans, group labels spanning rows. */
    static Table table3(List<List<String>> dataRows) {
        List<T3Row> catalogue = T3Row.rowsOf(FormatVersion.V2021);
        if (dataRows.size() != catalogue.size()) {
            throw new IllegalArgumentException("expected " + catalogue.size() + " table-三 data rows, got " + dataRows.size());
        }
        List<List<SpanCell>> rows = new ArrayList<>();
        rows.add(List.of(new SpanCell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", T3_LABEL_COLUMNS, 3),
                new SpanCell("申请人情况", 7, 1)));
        rows.add(List.of(new SpanCell("自然人", 1, 2), new SpanCell("法人或其他组织", 5, 1), new SpanCell("总计", 1, 2)));
        rows.add(List.of(SpanCell.of("商业\n企业"), SpanCell.of("科研\n机构"), SpanCell.of("社会公益\n组织"),
                SpanCell.of("法律服务\n机构"), SpanCell.of("其他")));
        int outcomeRows = (int) catalogue.stream().filter(r -> r.id().startsWith("R3")).count();
        String previousGroup = null;
        for (int i = 0; i < catalogue.size(); i++) {
            T3Row row = catalogue.get(i);
            List<String> sampleRow = dataRows.get(i);
            List<SpanCell> cells = new ArrayList<>();
            String label = labels(sampleRow).get(labels(sampleRow).size() - 1);
            if (!row.id().startsWith("R3")) {
                cells.add(new SpanCell(label, T3_LABEL_COLUMNS, 1));
            } else {
                if (row == T3Row.R3_1) {
                    cells.add(new SpanCell(T3_OUTCOMES, 1, outcomeRows));
                }
                if (row.group() == null) {
                    cells.add(new SpanCell(label, 2, 1));
                } else {
                    if (!row.group().equals(previousGroup)) {
                        int groupSize = (int) catalogue.stream().filter(r -> row.group().equals(r.group())).count();
                        cells.add(new SpanCell(row.group(), 1, groupSize));
                    }
                    cells.add(SpanCell.of(label));
                }
            }
            previousGroup = row.group();
            List<String> values = new ArrayList<>(values(sampleRow));
            if (values.size() == T3Column.values().length - 1) values.add(1, "");
            values.forEach(value -> cells.add(SpanCell.of(value)));
            rows.add(cells);
        }
        return new Table(rows);
    }

    /** Table 四 as printed (domain-spec §5): two header levels with spans, then the 15 values. */
    static Table table4(List<String> values) {
        List<List<SpanCell>> rows = new ArrayList<>();
        rows.add(List.of(new SpanCell("行政复议", 5, 1), new SpanCell("行政诉讼", 10, 1)));
        List<SpanCell> second = new ArrayList<>();
        for (String label : List.of("结果\n维持", "结果\n纠正", "其他\n结果", "尚未\n审结", "总计")) {
            second.add(new SpanCell(label, 1, 2));
        }
        second.add(new SpanCell("未经复议直接起诉", 5, 1));
        second.add(new SpanCell("复议后起诉", 5, 1));
        rows.add(second);
        List<SpanCell> third = new ArrayList<>();
        for (int group = 0; group < 2; group++) {
            for (String label : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) {
                third.add(SpanCell.of(label));
            }
        }
        rows.add(third);
        rows.add(values.stream().map(SpanCell::of).toList());
        return new Table(rows);
    }

    private static Table copied(List<List<String>> table) {
        List<List<SpanCell>> rows = new ArrayList<>();
        for (List<String> row : table) {
            List<SpanCell> cells = new ArrayList<>();
            boolean header = !hasNumber(row);
            for (String cell : row) {
                SpanCell last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
                if (header && cell.isEmpty() && last != null && !last.text().isEmpty()) {
                    cells.set(cells.size() - 1, new SpanCell(last.text(), last.colSpan() + 1, 1));
                } else {
                    cells.add(SpanCell.of(cell.strip()));
                }
            }
            rows.add(cells);
        }
        return new Table(rows);
    }

    private static boolean hasNumber(List<String> row) {
        return row.stream().anyMatch(cell -> NUMBER.matcher(cell.strip()).matches());
    }

    /** The non-empty cells before the first number. */
    private static List<String> labels(List<String> row) {
        List<String> labels = new ArrayList<>();
        for (String cell : row) {
            if (NUMBER.matcher(cell.strip()).matches()) {
                break;
            }
            if (!cell.isBlank()) {
                labels.add(cell.strip());
            }
        }
        return labels;
    }

    /** From the first number to the last non-empty cell. */
    private static List<String> values(List<String> row) {
        int first = 0;
        while (!NUMBER.matcher(row.get(first).strip()).matches()) {
            first++;
        }
        int last = row.size() - 1;
        while (row.get(last).isBlank()) {
            last--;
        }
        return row.subList(first, last + 1).stream().map(String::strip).toList();
    }
}
