package nianbao.parse.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nianbao.parse.extract.PrintedColumns.PrintedCell;
import org.junit.jupiter.api.Test;

/** Printed rows as cells with x extents: a label column 0–100, value columns of width 20 starting at 110, 140, 170… */
class PrintedColumnsTest {

    /** A printed line: a label (if not null) and values, each value at the column of its index; null prints nothing. */
    private static List<PrintedCell> row(String label, String... values) {
        List<PrintedCell> cells = new ArrayList<>();
        if (label != null) cells.add(new PrintedCell(label, 0, 8 * label.length()));
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) continue;
            float left = 110 + 30 * i;
            // numbers are centred in their column: a narrow digit sits inside a wide one's extent
            float width = 4 * values[i].length();
            cells.add(new PrintedCell(values[i], left + 10 - width / 2, left + 10 + width / 2));
        }
        return cells;
    }

    @Test
    void emptyFirstApplicantCellAndEmptyTotalBecomeEmptyCells() {
        List<String> lines = PrintedColumns.lines(List.of(
                row("自然人", null, null, null),
                row("本年新收", "16", "0", "16"),
                row("上年结转", null, "2", "2"),
                row("（七）总计", "3", "0", null)));

        // a one-cell line (a header, a wrapped label) leaves the block as it is; the data rows share three bands
        assertThat(lines).containsExactly("自然人", "本年新收\t16\t0\t16", "上年结转\t\t2\t2", "（七）总计\t3\t0\t");
    }

    @Test
    void rowsAreLeftAsPrintedWhenNoRowFillsEveryColumn() {
        // the first row's middle value and the second row's first are both missing: three bands, no complete row
        List<String> lines = PrintedColumns.lines(List.of(
                row("甲", "1", null, "1"),
                row("乙", null, "2", "2")));

        assertThat(lines).containsExactly("甲\t1\t1", "乙\t2\t2");
    }

    @Test
    void aHeaderRowStartsANewTableWithColumnsOfItsOwn() {
        List<PrintedCell> shiftedHeader = List.of(new PrintedCell("信息内容", 0, 40), new PrintedCell("本年处理决定数量", 125, 190));
        List<PrintedCell> shiftedRow = List.of(new PrintedCell("行政许可", 0, 40), new PrintedCell("161", 150, 162));
        List<String> lines = PrintedColumns.lines(List.of(
                row("规章", "0", "0", "0"),
                row("行政规范性文件", "1", null, "5"),
                shiftedHeader,
                shiftedRow));

        assertThat(lines).containsExactly("规章\t0\t0\t0", "行政规范性文件\t1\t\t5", "信息内容\t本年处理决定数量", "行政许可\t161");
    }

    @Test
    void aRowWithAValueAcrossTwoColumnsStartsATableOfItsOwn() {
        List<PrintedCell> otherTable = List.of(new PrintedCell("四", 0, 8), new PrintedCell("78", 115, 155), new PrintedCell("9", 165, 185));
        List<String> lines = PrintedColumns.lines(List.of(
                row("甲", "1", "2", "3"),
                row("乙", "4", null, "4"),
                otherTable));

        assertThat(lines).containsExactly("甲\t1\t2\t3", "乙\t4\t\t4", "四\t78\t9");
    }

    @Test
    void aRowThatFitsBetweenTheColumnsSpoilsNoValue() {
        // the third row's values fall between the columns above: five bands that no row fills, all left as printed
        List<PrintedCell> between = List.of(new PrintedCell("四", 0, 8), new PrintedCell("7", 125, 145), new PrintedCell("8", 155, 175));
        List<String> lines = PrintedColumns.lines(List.of(
                row("甲", "1", "2", "3"),
                row("乙", "4", null, "4"),
                between));

        assertThat(lines).containsExactly("甲\t1\t2\t3", "乙\t4\t4", "四\t7\t8");
    }

    @Test
    void proseAndBlankMarkersAreKept() {
        List<String> lines = PrintedColumns.lines(List.of(
                List.of(new PrintedCell("2022年，本机关  认真贯彻", 0, 300)),
                row("甲", "1", "-", "1"),
                row("乙", "/", null, "0")));

        assertThat(lines).containsExactly("2022年，本机关 认真贯彻", "甲\t1\t-\t1", "乙\t/\t\t0");
    }
}
