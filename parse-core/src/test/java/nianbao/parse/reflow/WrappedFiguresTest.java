package nianbao.parse.reflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nianbao.parse.ReportParser;
import nianbao.parse.extract.ExtractedText;
import nianbao.report.ContainerType;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.report.ParsedReport;
import nianbao.report.SourceSpan;
import org.junit.jupiter.api.Test;

/**
 * Figures a line break cuts off their sentence or splits: PDF text wrapped inside a figure or between a figure and
 * its unit, with or without a page number between, and a web page's figures on lines of their own. Values, certainty
 * and spans (on the text as submitted) are read off the hand-written lines.
 */
class WrappedFiguresTest {

    private static final ReportParser PARSER = new ReportParser();
    /** Prose lines of 24 Chinese characters: the page width the wrapped lines below are measured against. */
    private static final List<String> PAGE = List.of(
            "一、总体情况",
            "本机关认真贯彻落实政府信息公开条例全面推进政务公开",
            "工作不断提升工作水平和质量效果各项工作有序开展",
            "进一步完善工作机制规范办理流程提高答复质量和效",
            "率确保依申请公开工作依法依规有序开展取得实效。");

    private static List<NarrativeFact> received(String... paragraph) {
        List<String> lines = new java.util.ArrayList<>(PAGE);
        lines.addAll(List.of(paragraph));
        ParsedReport report = PARSER.parse(new ExtractedText(ContainerType.TEXT, String.join("\n", lines) + "\n", null));
        return report.facts(FactKind.APPLICATIONS_RECEIVED);
    }

    /** Line {@code n} of the paragraph (1-based) in the document: the page's five lines come first. */
    private static int line(int n) {
        return PAGE.size() + n;
    }

    /** Typesetting keeps a figure's digits together: split by a wrap, it is read whole but uncertain. */
    @Test
    void aFigureWrappedBetweenItsDigitsIsReadWholeButUncertain() {
        List<NarrativeFact> facts = received(
                "依法做好依申请公开工作，全年共收到政府信息公开申请1",
                "2件，均已按时办结。");

        assertThat(facts).extracting(f -> f.value().intValue(), NarrativeFact::certain).containsExactly(tuple(12, false));
        // 全 at column 13 of the first line, 件 at column 2 of the next
        assertThat(facts.get(0).span()).isEqualTo(new SourceSpan(line(1), 13, line(2), 3));
    }

    @Test
    void aFigureWrappedBeforeItsUnitIsCertain() {
        List<NarrativeFact> facts = received(
                "依法做好依申请公开工作，全年共收到政府信息公开申请12",
                "件，均已按时办结。");

        assertThat(facts).extracting(f -> f.value().intValue(), NarrativeFact::certain).containsExactly(tuple(12, true));
        assertThat(facts.get(0).span()).isEqualTo(new SourceSpan(line(1), 13, line(2), 2));
    }

    @Test
    void aPageNumberInsideTheParagraphIsLeftOut() {
        for (String pageNumber : List.of("— 2 —", "第 2 页 共 9 页", "- 2 -")) {
            List<NarrativeFact> facts = received(
                    "依法做好依申请公开工作，全年共收到政府信息公开申请事",
                    pageNumber,
                    "项12件，均已按时办结。");

            assertThat(facts).as(pageNumber).extracting(f -> f.value().intValue(), NarrativeFact::certain)
                    .containsExactly(tuple(12, true));
            assertThat(facts.get(0).span()).as(pageNumber).isEqualTo(new SourceSpan(line(1), 13, line(3), 5));
        }
    }

    /**
     * Lines that are paragraphs (no printed page width): 申请1 / 2件 is not known to be a wrap, so it is not joined; the
     * 2件 opening the next line may be the end of 12 and is no certain total of the breakdown after it.
     */
    @Test
    void aFigureOpeningALineAfterADigitIsUncertainWhenTheBreakIsNotKnownToBeAWrap() {
        String text = "三、收到和处理政府信息公开申请情况\n本年度共收到政府信息公开申请1\n2件，其中自然人申请1件，法人或其他组织申请1件。\n";
        ParsedReport report = PARSER.parse(new ExtractedText(ContainerType.TEXT, text, null));

        assertThat(report.facts().stream().filter(f -> f.kind() != FactKind.SECTION_TEXT))
                .extracting(NarrativeFact::kind, f -> f.value().intValue(), NarrativeFact::certain)
                .containsExactly(
                        tuple(FactKind.INTERNAL_SUM, 2, false),
                        tuple(FactKind.APPLICATIONS_NATURAL_PERSONS, 1, true),
                        tuple(FactKind.APPLICATIONS_LEGAL_PERSONS, 1, true));
    }

    /** 本年度共收到政府信息公开申请 / 16 / 件，其中自然人申请 / 15 / 件，… as a web page's styled figures leave it. */
    @Test
    void figuresOnLinesOfTheirOwnAreReadWithTheirSentence() {
        String text = String.join("\n", "三、收到和处理政府信息公开申请情况", "本年度共收到政府信息公开申请", "16",
                "件，其中自然人申请", "15", "件，法人或其他组织申请", "1", "件。") + "\n";
        ParsedReport report = PARSER.parse(new ExtractedText(ContainerType.TEXT, text, null));

        assertThat(report.facts().stream().filter(f -> f.kind() != FactKind.SECTION_TEXT))
                .extracting(NarrativeFact::kind, f -> f.value().intValue(), NarrativeFact::parts, NarrativeFact::certain)
                .containsExactly(
                        tuple(FactKind.APPLICATIONS_RECEIVED, 16, List.of(), true),
                        tuple(FactKind.INTERNAL_SUM, 16, List.of(new java.math.BigDecimal("15"), new java.math.BigDecimal("1")), true),
                        tuple(FactKind.APPLICATIONS_NATURAL_PERSONS, 15, List.of(), true),
                        tuple(FactKind.APPLICATIONS_LEGAL_PERSONS, 1, List.of(), true));
        // 本 at line 2 column 1 to 件 at line 4 column 1
        assertThat(report.facts(FactKind.APPLICATIONS_RECEIVED).get(0).span()).isEqualTo(new SourceSpan(2, 1, 4, 2));
    }

    /** A figure alone after a finished sentence, or before a line that is no unit, stays where it is (a table's cell). */
    @Test
    void aFigureAloneIsJoinedOnlyInsideASentenceBeforeItsUnit() {
        assertThat(Reflow.of(List.of("本年度共收到政府信息公开申请。", "16", "件数统计如下")).isIdentity()).isTrue();
        assertThat(Reflow.of(List.of("一、本年新收政府信息公开申请数量", "16", "0", "0")).isIdentity()).isTrue();
        assertThat(Reflow.of(List.of("本年度共收到政府信息公开申请", "16", "件。")).lines())
                .containsExactly("本年度共收到政府信息公开申请16件。");
    }
}
