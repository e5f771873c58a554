package nianbao.notify.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nianbao.notify.reports.Highlights.Line;
import nianbao.notify.reports.Highlights.Mark;
import nianbao.notify.reports.Highlights.Segment;

class HighlightsTest {

    private static final String TEXT = "标题\n行政复议\t1\t0\t2\n一、新收申请\n数量为16件";

    @Test
    void cutsLinesAtTheSpansAndMarksTheMostSevereFinding() {
        List<Line> lines = Highlights.of(TEXT, List.of(
                new Mark(2, 6, 2, 7, "1", 2, "WARNING"),
                new Mark(2, 10, 2, 11, "2", 1, "ERROR"),
                new Mark(2, 10, 2, 11, "2", 2, "WARNING")));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo(new Line(1, List.of(new Segment("标题", List.of(), null))));
        assertThat(lines.get(1).segments()).containsExactly(
                new Segment("行政复议\t", List.of(), null),
                new Segment("1", List.of(2), "WARNING"),
                new Segment("\t0\t", List.of(), null),
                new Segment("2", List.of(1, 2), "ERROR"));
    }

    @Test
    void aSpanOverLinesMarksEachOfThem() {
        List<Line> lines = Highlights.of(TEXT, List.of(new Mark(3, 3, 4, 4, null, 1, "INFO")));
        assertThat(lines.get(2).segments()).containsExactly(new Segment("一、", List.of(), null),
                new Segment("新收申请", List.of(1), "INFO"));
        assertThat(lines.get(3).segments()).containsExactly(new Segment("数量为", List.of(1), "INFO"),
                new Segment("16件", List.of(), null));
    }

    @Test
    void withoutAKnownEndTheTextAsWrittenOrTheLineSaysHowFar() {
        List<Line> lines = Highlights.of(TEXT, List.of(new Mark(4, 4, 0, 0, "16", 1, "ERROR"),
                new Mark(3, 3, 0, 0, "", 2, "WARNING")));
        assertThat(lines.get(3).segments()).containsExactly(new Segment("数量为", List.of(), null),
                new Segment("16", List.of(1), "ERROR"), new Segment("件", List.of(), null));
        assertThat(lines.get(2).segments()).containsExactly(new Segment("一、", List.of(), null),
                new Segment("新收申请", List.of(2), "WARNING"));
    }

    @Test
    void spansNowhereOrBeyondTheTextMarkNothing() {
        List<Line> lines = Highlights.of("甲\n乙", List.of(new Mark(0, 0, 0, 0, "1", 1, "ERROR"),
                new Mark(9, 1, 9, 3, "1", 2, "ERROR"), new Mark(2, 1, 2, 40, "乙", 3, "ERROR")));
        assertThat(lines).containsExactly(new Line(1, List.of(new Segment("甲", List.of(), null))),
                new Line(2, List.of(new Segment("乙", List.of(3), "ERROR"))));
    }
}
