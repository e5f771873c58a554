package nianbao.parse.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nianbao.report.Layout;
import org.junit.jupiter.api.Test;

class RowGrouperTest {

    private static List<String> texts(LogicalRow row) {
        return row.tokens().stream().map(t -> t.kind() + ":" + t.text()).toList();
    }

    @Test
    void tabLineIsOneRowAndAValuesOnlyLineIsNeverGluedToTheRowAbove() {
        RowGrouper.Grouping g = RowGrouper.group(List.of("\t\t7. 属于行政执法案卷\t0\t0\t\t0\t\t", "", "1\t2"), false);
        assertEquals(Layout.TAB, g.layout());
        assertEquals(2, g.rows().size());
        assertEquals(List.of("LABEL:7. 属于行政执法案卷", "NUMBER:0", "NUMBER:0", "BLANK:", "NUMBER:0"), texts(g.rows().get(0)));
        assertEquals(new Token("", 1, 19, Token.Kind.BLANK), g.rows().get(0).tokens().get(3));
        assertEquals(List.of("NUMBER:1", "NUMBER:2"), texts(g.rows().get(1)));
    }

    /** A pasted or excerpted text may stop inside its last line: a number the text ends in may be cut, so not read. */
    @Test
    void anOpenEndedTextsLastNumberIsNotReadWhenTheTextEndsInIt() {
        List<String> lines = List.of("（一）予以公开 | 3 | 0 | 22", "2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 1");
        assertEquals(List.of("NUMBER:0", "NUMBER:0", "NUMBER:0"),
                texts(RowGrouper.group(lines, false, true).rows().get(1)).subList(1, 4));
        assertEquals(4, RowGrouper.group(lines, false, true).rows().get(1).tokens().size(), "the cut 1 is gone");
        assertEquals(5, RowGrouper.group(lines, false, false).rows().get(1).tokens().size(), "a whole line keeps it");
        // a number followed by anything (a space, a cell rule) ends before the text does: it is whole
        assertEquals(5, RowGrouper.group(List.of("2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 1 "), false, true)
                .rows().get(0).tokens().size());
    }

    @Test
    void cellPerLineRowsRunFromALabelOverItsValues() {
        RowGrouper.Grouping g = RowGrouper.group(List.of("\t信息内容", "\t规章", "\t0", "", "\t1", "\t行政规范性文件", "\t2", "\t"), false);
        assertEquals(Layout.CELL_PER_LINE, g.layout());
        assertEquals(List.of("LABEL:信息内容", "LABEL:规章", "NUMBER:0", "NUMBER:1"), texts(g.rows().get(0)));
        assertEquals(List.of("LABEL:行政规范性文件", "NUMBER:2"), texts(g.rows().get(1)));
    }

    @Test
    void pipeCellsSeparatorsAndShortTextCells() {
        RowGrouper.Grouping g = RowGrouper.group(List.of("（七）总计 |", "|||", "3 |", "一、本年 | 3 | 无 | 4 | 这一格不是值 |"), false);
        assertEquals(List.of("LABEL:（七）总计", "NUMBER:3"), texts(g.rows().get(0)));
        assertEquals(List.of("LABEL:一、本年", "NUMBER:3", "TEXT:无", "NUMBER:4"), texts(g.rows().get(1)));
        assertEquals(List.of("LABEL:这一格不是值"), texts(g.rows().get(2)));
    }

    /** A figure misread as letters is a value even alone on its line; a label before a misread digit stays a label. */
    @Test
    void digitsMisreadAsLettersAreTextValuesEvenOnALineOfTheirOwn() {
        RowGrouper.Grouping g = RowGrouper.group(List.of("\t（七）总计", "\t〇", "\t3", "\tl", "I\t一、本年新收\t0"), false);
        assertEquals(List.of("LABEL:（七）总计", "TEXT:〇", "NUMBER:3", "TEXT:l"), texts(g.rows().get(0)));
        assertEquals(List.of("LABEL:I", "LABEL:一、本年新收", "NUMBER:0"), texts(g.rows().get(1)));
    }

    @Test
    void gridRowsKeepTrailingEmptyCellsAsBlanks() {
        RowGrouper.Grouping g = RowGrouper.group(List.of("（一）予以公开\t3\t0\t"), true);
        assertEquals(List.of("LABEL:（一）予以公开", "NUMBER:3", "NUMBER:0", "BLANK:"), texts(g.rows().get(0)));
    }
}
