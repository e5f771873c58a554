package nianbao.parse.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import nianbao.report.Section;
import nianbao.report.SectionId;
import nianbao.report.SourceSpan;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;

class SectionFinderTest {

    private static final String[] CANONICAL = {
            "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};

    /** Every sample prints the canonical headings at column 1; the expected lines were read off the files. */
    private static void assertCanonicalHeadingsAt(String sample, Integer... headingLines) {
        SectionMap map = SectionFinder.find(SampleReports.lines(sample));
        assertThat(map.sections()).extracting(Section::id).containsExactly(SectionId.values());
        for (int i = 0; i < 6; i++) {
            Section s = map.sections().get(i);
            if (headingLines[i] == null) {
                assertThat(s).isEqualTo(Section.notFound(SectionId.values()[i]));
            } else {
                assertThat(s).isEqualTo(new Section(SectionId.values()[i], CANONICAL[i], true,
                        SourceSpan.onLine(headingLines[i], 1, CANONICAL[i].length())));
            }
        }
    }

    @Test
    void longting() {
        assertCanonicalHeadingsAt(SampleReports.LONGTING, 5, 29, 46, 79, 86, 92);
    }

    @Test
    void kunwuIgnoresTableThreeRowLabelsThatLookLikeHeadings() {
        // lines 61/62/73/82 are 一、本年新收… 二、上年结转… 三、本年度办理结果… 四、结转下年度继续办理
        assertCanonicalHeadingsAt(SampleReports.KUNWU, 5, 33, 54, 84, 91, 95);
    }

    @Test
    void chaoyang() {
        assertCanonicalHeadingsAt(SampleReports.CHAOYANG, 2, 8, 49, 292, 330, 337);
    }

    @Test
    void jinping() {
        assertCanonicalHeadingsAt(SampleReports.JINPING, 3, 11, 57, 342, 383, 386);
    }

    @Test
    void qidongLostHeadingFour() {
        assertCanonicalHeadingsAt(SampleReports.QIDONG, 7, 37, 54, null, 74, 80);
    }

    @Test
    void qidongTableFourValuesBelongToSectionThreeForLackOfAHeading() {
        SectionMap map = SectionFinder.find(SampleReports.lines(SampleReports.QIDONG));
        assertThat(map.sectionOf(71)).contains(SectionId.APPLICATIONS);
        assertThat(map.lines(SectionId.APPLICATIONS)).contains(new SectionMap.LineRange(54, 73));
        assertThat(map.lines(SectionId.REVIEW_LITIGATION)).isEmpty();
        assertThat(map.sectionOf(6)).isEmpty();
        assertThat(map.lines(SectionId.OTHER_MATTERS)).contains(new SectionMap.LineRange(80, 86));
    }

    @Test
    void headingsSurviveNfkcNormalisation() {
        List<String> nfkc = SampleReports.lines(SampleReports.LONGTING).stream()
                .map(l -> Normalizer.normalize(l, Normalizer.Form.NFKC)).toList();
        assertThat(SectionFinder.find(nfkc).sections()).extracting(s -> s.span().line())
                .containsExactly(5, 29, 46, 79, 86, 92);
    }

    @Test
    void variantsRenumberedWithoutOrdinalAndWithOtherPunctuation() {
        List<String> lines = List.of(
                "某局2022年政府信息公开工作年度报告",
                "一、概述",
                "一、主动公开政府信息情况",
                "二、收到和处理政府信息公开申请情况",
                "三，因政府信息公开工作被申请行政复议、提起行政诉讼情况",
                "（一）存在的主要问题",
                "政府信息公开工作存在的主要问题及改进情况：",
                "五. 其他需要报告的事项");
        SectionMap map = SectionFinder.find(lines);
        assertThat(map.sections()).containsExactly(
                new Section(SectionId.OVERVIEW, "一、概述", true, SourceSpan.onLine(2, 1, 4)),
                new Section(SectionId.ACTIVE_DISCLOSURE, "一、主动公开政府信息情况", true, SourceSpan.onLine(3, 1, 12)),
                new Section(SectionId.APPLICATIONS, "二、收到和处理政府信息公开申请情况", true, SourceSpan.onLine(4, 1, 17)),
                new Section(SectionId.REVIEW_LITIGATION, "三，因政府信息公开工作被申请行政复议、提起行政诉讼情况", true,
                        SourceSpan.onLine(5, 1, 27)),
                new Section(SectionId.PROBLEMS, "政府信息公开工作存在的主要问题及改进情况", true, SourceSpan.onLine(7, 1, 20)),
                new Section(SectionId.OTHER_MATTERS, "五. 其他需要报告的事项", true, SourceSpan.onLine(8, 1, 12)));
    }

    @Test
    void inlineHeadingRunIntoThePreviousSentence() {
        List<String> lines = List.of(
                "一、总体概述 工作取得成效。二、主动公开政府信息情况 第二十条第（一）项 信息内容",
                "四、政府信息公开行政法复议、行政诉讼情况");
        SectionMap map = SectionFinder.find(lines);
        assertThat(map.section(SectionId.OVERVIEW))
                .isEqualTo(new Section(SectionId.OVERVIEW, "一、总体概述", true, SourceSpan.onLine(1, 1, 6)));
        assertThat(map.section(SectionId.ACTIVE_DISCLOSURE))
                .isEqualTo(new Section(SectionId.ACTIVE_DISCLOSURE, "二、主动公开政府信息情况", true, SourceSpan.onLine(1, 15, 12)));
        assertThat(map.section(SectionId.REVIEW_LITIGATION).heading()).isEqualTo("四、政府信息公开行政法复议、行政诉讼情况");
        assertThat(map.sectionAt(1, 14)).contains(SectionId.OVERVIEW);
        assertThat(map.sectionAt(1, 15)).contains(SectionId.ACTIVE_DISCLOSURE);
        assertThat(map.lines(SectionId.OVERVIEW)).contains(new SectionMap.LineRange(1, 1));
        assertThat(map.lines(SectionId.ACTIVE_DISCLOSURE)).contains(new SectionMap.LineRange(1, 1));
    }

    /** Sections numbered 第一部分…: headings at a line's start and run into a flattened page alike; 第二十条 stays none. */
    @Test
    void sectionsNumberedAsParts() {
        List<String> lines = List.of(
                "第一部分 总体情况",
                "全年主动公开政府信息52条。第二部分：主动公开政府信息情况 第二十条第（一）项 信息内容",
                "第六部分 其他需要报告的事项");
        SectionMap map = SectionFinder.find(lines);
        assertThat(map.section(SectionId.OVERVIEW))
                .isEqualTo(new Section(SectionId.OVERVIEW, "第一部分 总体情况", true, SourceSpan.onLine(1, 1, 9)));
        assertThat(map.section(SectionId.ACTIVE_DISCLOSURE))
                .isEqualTo(new Section(SectionId.ACTIVE_DISCLOSURE, "第二部分：主动公开政府信息情况", true, SourceSpan.onLine(2, 15, 15)));
        assertThat(map.section(SectionId.OTHER_MATTERS).span()).isEqualTo(SourceSpan.onLine(3, 1, 14));
        assertThat(SectionFinder.headingStarts(lines.get(1))).extracting(SectionFinder.InlineHeading::section)
                .containsExactly(SectionId.ACTIVE_DISCLOSURE);
    }

    @Test
    void headingWordsInsideASentenceAreNoHeading() {
        List<String> lines = List.of("本单位将在其他需要报告的事项中说明，主动公开政府信息情况良好。");
        assertThat(SectionFinder.find(lines).sections()).noneMatch(Section::found);
    }

    @Test
    void spacedAndBracketedOrdinals() {
        List<String> lines = List.of("（六） 其他 需要报告的事项", "三 收到和处理政府信息公开申请情况");
        SectionMap map = SectionFinder.find(lines);
        assertThat(map.section(SectionId.OTHER_MATTERS))
                .isEqualTo(new Section(SectionId.OTHER_MATTERS, "（六） 其他 需要报告的事项", true, SourceSpan.onLine(1, 1, 14)));
        assertThat(map.section(SectionId.APPLICATIONS).span()).isEqualTo(SourceSpan.onLine(2, 1, 17));
    }

    /** An OCR conversion numbers section 四 as 三: found by its words, its heading kept as written for S-SECTION-ORDER. */
    @Test
    void aMisnumberedHeadingIsFoundByItsWordsAndKeptAsWritten() {
        List<String> lines = List.of("## 三、收到和处理政府信息公开申请情况", "## 三、政府信息公开行政复议、行政诉讼情况");
        SectionMap map = SectionFinder.find(lines);
        assertThat(map.section(SectionId.APPLICATIONS).span()).isEqualTo(SourceSpan.onLine(1, 4, 17));
        assertThat(map.section(SectionId.REVIEW_LITIGATION))
                .isEqualTo(new Section(SectionId.REVIEW_LITIGATION, "三、政府信息公开行政复议、行政诉讼情况", true, SourceSpan.onLine(2, 4, 19)));
    }

    @Test
    void markdownHeadingsOfOcrConversions() {
        List<String> lines = List.of("## 一、总体情况", "**二、主动公开政府信息情况**", "> 其他需要报告的事项**");
        SectionMap map = SectionFinder.find(lines);
        assertThat(map.section(SectionId.OVERVIEW).span()).isEqualTo(SourceSpan.onLine(1, 4, 6));
        assertThat(map.section(SectionId.ACTIVE_DISCLOSURE).heading()).isEqualTo("二、主动公开政府信息情况");
        assertThat(map.section(SectionId.OTHER_MATTERS).span()).isEqualTo(SourceSpan.onLine(3, 3, 9));
    }
}
