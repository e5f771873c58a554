package nianbao.validate.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.CellSemantic;
import nianbao.events.ContainerType;
import nianbao.events.FormatVersion;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;
import nianbao.events.SourceSpan;
import nianbao.events.StatTable;
import nianbao.events.TableCell;
import nianbao.events.TableLayout;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.report.tables.T4Column;

/** report-parsed events for the validate-service tests. */
final class ParsedEvents {

    private ParsedEvents() {
    }

    /** A V2021 report whose table 三 has {@code applications} new applications, all disclosed; table 四 all 0. */
    static ReportParsed parsed(String agency, int year, int applications) {
        return parsed(agency, year, applications, 0);
    }

    /**
     * The same with {@code carriedOver} applications more in row 四 (carried over to next year), which none of the
     * rows above account for: T3-BALANCE fails when it is not 0.
     */
    static ReportParsed parsed(String agency, int year, int applications, int carriedOver) {
        List<TableCell> cells = new ArrayList<>();
        for (T3Row row : T3Row.rowsOf(nianbao.report.FormatVersion.V2021)) {
            boolean counted = row == T3Row.R1 || row == T3Row.R3_1 || row == T3Row.R3_7;
            for (T3Column column : T3Column.values()) {
                boolean natural = column == T3Column.NAT || column == T3Column.TOT;
                int value = !natural ? 0 : counted ? applications : row == T3Row.R4 ? carriedOver : 0;
                cells.add(cell(StatTable.T3, row.id(), column.name(), value));
            }
        }
        for (T4Column column : T4Column.values()) {
            cells.add(cell(StatTable.T4, "CASES", column.id(), 0));
        }
        return ReportParsed.newBuilder()
                .setSubmissionId(UUID.randomUUID().toString())
                .setAgency(new Agency(agency, "测试街道办事处", "410202", AgencyLevel.TOWNSHIP, null))
                .setReportYear(year)
                .setParserVersion("test")
                .setOutcome(ParseOutcome.PARSED)
                .setFormatVersion(FormatVersion.V2021)
                .setContainer(ContainerType.TEXT)
                .setLayout(TableLayout.TAB)
                .setSections(List.of())
                .setCells(cells)
                .setNarrativeFacts(List.of())
                .setDiagnostics(List.of())
                .setText("")
                .setSubmittedAt(Instant.parse(year + 1 + "-01-20T00:00:00Z"))
                .setParsedAt(Instant.parse(year + 1 + "-01-20T00:00:01Z"))
                .build();
    }

    private static TableCell cell(StatTable table, String row, String column, int value) {
        return new TableCell(table, row, column, Integer.toString(value), Integer.toString(value), CellSemantic.NUMBER,
                new SourceSpan(1, 1, 1, 2), 1.0);
    }
}
