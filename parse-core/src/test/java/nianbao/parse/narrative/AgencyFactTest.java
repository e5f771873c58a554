package nianbao.parse.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.parse.sections.SectionFinder;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.report.Qualifier;
import nianbao.report.SourceSpan;
import org.junit.jupiter.api.Test;

/** Where reports name their author, one hand-made report opening or closing per place. */
class AgencyFactTest {

    private List<String> lines;

    private List<NarrativeFact> agency(String... text) {
        lines = List.of(text);
        return NarrativeReader.read(lines, SectionFinder.find(lines)).facts().stream()
                .filter(f -> f.kind() == FactKind.AGENCY).toList();
    }

    private NarrativeFact named(String name, int line, String quote) {
        int index = lines.get(line - 1).indexOf(quote);
        assertThat(index).as("quote on line %d: %s", line, quote).isGreaterThanOrEqualTo(0);
        return new NarrativeFact(FactKind.AGENCY, null, List.of(), new Qualifier.Agency(name), quote,
                SourceSpan.onLine(line, index + 1, quote.length()));
    }

    @Test
    void titleLine() {
        assertThat(agency("上海市人民政府办公厅2023年政府信息公开工作年度报告", "一、总体情况", "2023年，市政府办公厅……"))
                .containsExactly(named("上海市人民政府办公厅", 1, "上海市人民政府办公厅"));
    }

    /** Word and OCR output type the year in full-width digits. */
    @Test
    void titleLineWithAFullWidthYear() {
        assertThat(agency("锦屏街道２０２２年政府信息公开工作年度报告", "一、总体情况"))
                .containsExactly(named("锦屏街道", 1, "锦屏街道"));
    }

    /** A title set in large type, letter-spaced by PDF extraction. */
    @Test
    void letterSpacedTitleLine() {
        assertThat(agency("锦 屏 街 道 2 0 2 2 年 政 府 信 息 公 开 工 作 年 度 报 告", "一、总体情况"))
                .containsExactly(named("锦屏街道", 1, "锦 屏 街 道"));
    }

    @Test
    void titleInTheFirstSentence() {
        assertThat(agency("根据《中华人民共和国政府信息公开条例》要求，现公布区统计局2023年政府信息公开工作年度报告。", "一、总体情况"))
                .containsExactly(named("区统计局", 1, "区统计局"));
        assertThat(agency("根据《中华人民共和国政府信息公开条例》和上级有关要求，特编制临江市人民政府地方志办公室2023年政府信息公开工作年度报告。",
                "一、总体情况")).containsExactly(named("临江市人民政府地方志办公室", 1, "临江市人民政府地方志办公室"));
    }

    @Test
    void metadataLineWhenTheTitleNamesNoOne() {
        assertThat(agency("2023年政府信息公开工作年度报告", "发布机构：临江市交通运输局    发布日期：2024-01-20", "一、总体情况"))
                .containsExactly(named("临江市交通运输局", 2, "临江市交通运输局"));
        assertThat(agency("2023年政府信息公开工作年度报告", "来源： 东湖区卫生健康局", "一、总体情况"))
                .containsExactly(named("东湖区卫生健康局", 2, "东湖区卫生健康局"));
    }

    @Test
    void signatureAboveTheClosingDate() {
        assertThat(agency("政府办公室2023年政府信息公开工作年度报告", "一、总体情况", "六、其他需要报告的事项", "本年度未收取信息处理费。", "",
                "东湖区人民政府办公室", "", "2024年1月29日")).containsExactly(named("东湖区人民政府办公室", 6, "东湖区人民政府办公室"));
    }

    /** A development zone's name tells no level, yet it names the zone's 管委会. */
    @Test
    void aDevelopmentZoneInTheTitle() {
        assertThat(agency("某某工业园区2020年政府信息公开工作年度报告", "一、总体情况"))
                .containsExactly(named("某某工业园区", 1, "某某工业园区"));
    }

    @Test
    void nobodyWhenNoCandidateNamesADivision() {
        assertThat(agency("政府办公室2023年政府信息公开工作年度报告", "来源：本网", "六、其他需要报告的事项", "无。", "我办", "2024年1月29日"))
                .isEmpty();
        // a sentence above the date is no signature
        assertThat(agency("2023年政府信息公开工作年度报告", "六、其他需要报告的事项", "东湖区人民政府办公室将继续做好公开工作。", "2024年1月29日"))
                .isEmpty();
    }
}
