package nianbao.parse.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import nianbao.parse.sections.SectionFinder;
import nianbao.report.FactKind;
import nianbao.report.LabelVariant;
import nianbao.report.NarrativeFact;
import nianbao.report.Qualifier;
import nianbao.report.SourceSpan;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The facts each sample states, read off the sample text by hand (domain-spec §9). Quotes are written out here; the
 * expected span is where that quote stands on the given line of the sample.
 */
class SampleNarrativeTest {

    private List<String> lines;

    private NarrativeReading read(String sample) {
        lines = SampleReports.lines(sample);
        return NarrativeReader.read(lines, SectionFinder.find(lines));
    }

    /** Everything but the (long) SECTION_TEXT facts, which {@link #sectionText} checks. */
    private static List<NarrativeFact> withoutSectionText(NarrativeReading reading) {
        return reading.facts().stream().filter(f -> f.kind() != FactKind.SECTION_TEXT).toList();
    }

    private SourceSpan at(int line, String quote) {
        int index = lines.get(line - 1).indexOf(quote);
        assertThat(index).as("quote on line %d: %s", line, quote).isGreaterThanOrEqualTo(0);
        return SourceSpan.onLine(line, index + 1, quote.length());
    }

    /** The expected fact, its qualifier written as on the wire for brevity. */
    private NarrativeFact fact(FactKind kind, Integer value, String qualifier, int line, String quote, Integer... parts) {
        return new NarrativeFact(kind, value == null ? null : BigDecimal.valueOf(value),
                Arrays.stream(parts).map(BigDecimal::valueOf).toList(), Qualifier.fromText(kind, qualifier), quote,
                at(line, quote));
    }

    private NarrativeFact topic(String topic, int line, String subhead) {
        return fact(FactKind.OVERVIEW_TOPIC, null, topic, line, subhead);
    }

    private static void sectionText(NarrativeReading reading, String numeral, int firstLine, String start, int lastLine, String end) {
        NarrativeFact text = reading.facts().stream()
                .filter(f -> f.kind() == FactKind.SECTION_TEXT
                        && f.qualifier(Qualifier.OfSection.class).section().numeral().equals(numeral))
                .findFirst().orElseThrow();
        assertThat(text.quote()).startsWith(start).endsWith(end);
        assertThat(text.span().line()).isEqualTo(firstLine);
        assertThat(text.span().column()).isEqualTo(1);
        assertThat(text.span().endLine()).isEqualTo(lastLine);
    }

    @Test
    void longting() {
        NarrativeReading r = read(SampleReports.LONGTING);
        String received = "我办共计收到政府信息公开申请16件";
        String channels = received + "，当面申请1件，网络申请3件，信函申请12件";
        String outcomes = "其中属于已主动公开范围2件，同意公开1件，同意部分公开2件，不同意公开0件，不属于本行政机关11件，告知作出更改补充0件，告知通过其他途径办理0件";
        assertThat(withoutSectionText(r)).containsExactly(
                fact(FactKind.TITLE, 2022, "政府办公室2022年政府信息公开工作年度报告", 3, "政府办公室2022年政府信息公开工作年度报告"),
                topic("主动公开", 9, "主动公开情况："),
                topic("依申请公开", 13, "依申请公开情况："),
                fact(FactKind.APPLICATIONS_RECEIVED, 16, null, 15, received),
                fact(FactKind.APPLICATIONS_BY_CHANNEL, 16, "当面+网络+信函", 15, channels, 1, 3, 12),
                // 2+1+2+0+11+0+0 = 16: the outcome sentence is a breakdown of the 16 received
                fact(FactKind.INTERNAL_SUM, 16, null, 15, channels + "。" + outcomes, 2, 1, 2, 0, 11, 0, 0),
                // pre-2019 wording (domain-spec §6.4 N-OUTCOME): 属于已主动公开范围 + 同意公开 → R3.1
                fact(FactKind.OUTCOME, 3, "R3.1", 15, "其中属于已主动公开范围2件，同意公开1件", 2, 1),
                fact(FactKind.OUTCOME, 2, "R3.2", 15, "同意部分公开2件"),
                fact(FactKind.OUTCOME, 0, "R3.3", 15, "不同意公开0件"),
                fact(FactKind.OUTCOME, 11, "R3.4.1", 15, "不属于本行政机关11件"),
                topic("政府信息管理", 17, "政府信息管理情况："),
                topic("平台建设", 21, "政府信息公开平台建设情况："),
                topic("监督保障", 25, "监督保障情况："),
                fact(FactKind.FEE_STATEMENT, 0, null, 94, "2022年度未收取信息公开信息处理费用"));
        assertThat(r.labelVariants()).containsExactly(
                new LabelVariant("narrative", "属于已主动公开范围", "予以公开", at(15, "属于已主动公开范围")),
                new LabelVariant("narrative", "同意公开", "予以公开", at(15, "同意公开")),
                new LabelVariant("narrative", "同意部分公开", "部分公开", at(15, "同意部分公开")),
                new LabelVariant("narrative", "不同意公开", "不予公开", at(15, "不同意公开")),
                new LabelVariant("narrative", "不属于本行政机关", "本机关不掌握相关政府信息", at(15, "不属于本行政机关")));
        sectionText(r, "一", 7, "2022年，我办严格按照", 27, "全职承担我办信息公开工作。");
        sectionText(r, "五", 88, "2022年,我办政府信息公开工作稳步推进", 90, "引导全区政务公开工作更规范更完善。");
    }

    @Test
    void kunwuReceivedNoApplicationAndStatesNoFee() {
        NarrativeReading r = read(SampleReports.KUNWU);
        assertThat(withoutSectionText(r)).containsExactly(
                fact(FactKind.TITLE, 2020, "昆吾办2020年政府信息公开工作年度报告", 3, "昆吾办2020年政府信息公开工作年度报告"),
                topic("主动公开", 9, "（一）主动公开情况"),
                topic("依申请公开", 13, "（二）依申请公开情况"),
                fact(FactKind.APPLICATIONS_NONE, 0, null, 15, "2020年我办未收到相关申请"),
                topic("政府信息管理", 17, "（三）政府信息管理情况"),
                topic("平台建设", 23, "（四）平台建设情况"),
                topic("监督保障", 27, "（五）监督保障工作情况"));
        assertThat(r.labelVariants()).isEmpty();
        sectionText(r, "一", 7, "2020年，昆吾办在开发区党工委的正确领导下", 31, "对落实不到位的依规依纪问责。");
        sectionText(r, "五", 93, "2020年, 通过昆吾办全体干部职工的共同努力", 93, "充分保障其知情权、参与权和监督权。");
    }

    @Test
    void chaoyangTrapSentenceIsNoApplicationCount() {
        NarrativeReading r = read(SampleReports.CHAOYANG);
        assertThat(withoutSectionText(r)).containsExactly(
                fact(FactKind.TITLE, 2023, "朝阳市营商环境建设局2023年度政府信息公开工作报告", 1, "朝阳市营商环境建设局2023年度政府信息公开工作报告"),
                fact(FactKind.AGENCY, null, "朝阳市营商环境建设局", 1, "朝阳市营商环境建设局"),
                fact(FactKind.STATISTICAL_PERIOD, null, "2023-01-01/2023-12-31", 1, "本报告所列数据的统计期限为2023年1月1日至2023年12月31日"),
                topic("主动公开", 3, "一是主动公开情况"),
                // the trap: documents by disclosure attribute — a sum, but no application or outcome count
                fact(FactKind.INTERNAL_SUM, 10, null, 3, "本年度共报送各类文件10件,其中主动公开1件、依申请公开8件,不予公开1件", 1, 8, 1),
                topic("依申请公开", 4, "二是依申请公开情况"),
                fact(FactKind.APPLICATIONS_RECEIVED, 0, null, 4, "全年共收到政府信息依申请公开0件次"),
                fact(FactKind.NO_REVIEW_OR_LITIGATION, 0, null, 4, "未产生行政复议和行政诉讼"),
                topic("政府信息管理", 5, "三是政府信息管理情况"),
                topic("平台建设", 6, "四是平台建设情况"),
                fact(FactKind.FEE_STATEMENT, 0, null, 339, "二是收取信息处理费0元"),
                fact(FactKind.SIGNATURE_DATE, null, "2024-01-29", 341, "2024年1月29日"));
        assertThat(r.facts()).noneMatch(f -> f.kind() == FactKind.OUTCOME);
        sectionText(r, "一", 3, "一是主动公开情况。", 7, "有效防范各类病毒和有害信息的传播与破坏。");
        sectionText(r, "五", 331, "(一)存在的主要问题", 336, "为政务公开工作添砖加瓦。");
    }

    @Test
    void jinping() {
        NarrativeReading r = read(SampleReports.JINPING);
        assertThat(withoutSectionText(r)).containsExactly(
                fact(FactKind.TITLE, 2022, "锦屏街道2022年政府信息公开年度报告", 1, "锦屏街道2022年政府信息公开年度报告"),
                fact(FactKind.AGENCY, null, "锦屏街道", 1, "锦屏街道"),
                fact(FactKind.STATISTICAL_PERIOD, null, "2022-01-01/2022-12-31", 4, "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止"),
                topic("主动公开", 6, "（一）主动公开情况"),
                fact(FactKind.INTERNAL_SUM, 220, null, 6,
                        "我街道在政府信息公开平台上主动公开政府信息220条，其中政策文件11条、规划计划4条、财政信息21条、重大民生69条、人事任免6条、乡村振兴3条、应急管理5条以及工作信息101条",
                        11, 4, 21, 69, 6, 3, 5, 101),
                // after the [bookmark: _GoBack] artefact, which is neither matched nor quoted
                topic("依申请公开", 7, "（二）依申请公开情况"),
                fact(FactKind.APPLICATIONS_CLOSED, 5, null, 7, "我街道依法办结依申请公开信息5件"),
                fact(FactKind.REVIEW_COUNT, 0, null, 7, "因政府信息公开引起的行政复议0件"),
                fact(FactKind.LITIGATION_COUNT, 0, null, 7, "行政诉讼0件"),
                topic("政府信息管理", 8, "（三）政府信息管理情况"),
                topic("平台建设", 9, "（四）政府信息公开平台建设情况"),
                topic("监督保障", 10, "（五）监督保障情况"),
                fact(FactKind.FEE_STATEMENT, 0, null, 387, "未收取过任何信息处理费"));
        assertThat(at(7, "（二）依申请公开情况").column()).isEqualTo(20);
        sectionText(r, "一", 4, "今年以来，在区委、区政府的坚强领导下", 10, "广泛听取公民、法人和其他社会组织对政府信息公开工作责任追究情况。");
        sectionText(r, "五", 384, "锦屏街道政府信息公开工作虽然取得了一些进步", 385, "切实提高群众认同感。");
    }

    @Test
    void qidongLacksSupervisionTopic() {
        NarrativeReading r = read(SampleReports.QIDONG);
        assertThat(withoutSectionText(r)).containsExactly(
                fact(FactKind.TITLE, 2022, "高新区（近海镇）2022年 政府信息公开工作年度报告", 3, "高新区（近海镇）2022年 政府信息公开工作年度报告"),
                fact(FactKind.AGENCY, null, "高新区（近海镇）", 3, "高新区（近海镇）"),
                topic("主动公开", 19, "2、主动公开情况"),
                fact(FactKind.INTERNAL_SUM, 1725, null, 23,
                        "我镇主动公开政府信息1725条。其中，通过政府网站公开的政府信息765条；以其他方式公开政府信息数为960条（主要为微信公众号）",
                        765, 960),
                topic("依申请公开", 25, "3、依申请公开办理情况"),
                fact(FactKind.APPLICATIONS_RECEIVED, 1, null, 27, "2022年度共收到政府信息公开申请1件"),
                topic("政府信息管理", 29, "4、政府信息管理情况"),
                topic("平台建设", 33, "5、政府信息公开平台建设情况"),
                fact(FactKind.FEE_STATEMENT, 0, null, 82, "2022年度我区镇未有收取信息处理费情况"));
        sectionText(r, "一", 9, "2022年，高新区（近海镇）紧紧围绕", 35, "通过平台集中准确发布政府信息。");
        sectionText(r, "五", 76, "区镇的政务信息公开工作虽然取得一定的效果", 78, "开创政府信息公开工作的新局面。");
    }

    /** Half-width punctuation (an NFKC-normalised extraction) changes no figure: what each fact says stays the same. */
    @ParameterizedTest
    @ValueSource(strings = {SampleReports.LONGTING, SampleReports.KUNWU, SampleReports.CHAOYANG, SampleReports.JINPING, SampleReports.QIDONG})
    void sameFactsFromNfkcText(String sample) {
        List<String> raw = SampleReports.lines(sample);
        List<String> nfkc = raw.stream().map(SampleNarrativeTest::nfkc).toList();
        assertThat(statements(NarrativeReader.read(nfkc, SectionFinder.find(nfkc))))
                .isEqualTo(statements(NarrativeReader.read(raw, SectionFinder.find(raw))));
    }

    private static List<String> statements(NarrativeReading reading) {
        return reading.facts().stream()
                .map(f -> f.kind() + " " + f.value() + " " + f.parts() + " " + (f.qualifier() == null ? null : nfkc(f.qualifierText())))
                .toList();
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
