package nianbao.parse.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import nianbao.parse.sections.SectionFinder;
import nianbao.report.FactKind;
import nianbao.report.NarrativeFact;
import nianbao.report.Qualifier;
import nianbao.report.SourceSpan;
import org.junit.jupiter.api.Test;

/** Hand-made sentences for each fact kind; expected values are what the sentence says. */
class NarrativeReaderTest {

    private List<String> lines;

    private List<NarrativeFact> read(String... text) {
        lines = List.of(text);
        return NarrativeReader.read(lines, SectionFinder.find(lines)).facts();
    }

    private List<NarrativeFact> read(FactKind kind, String... text) {
        return read(text).stream().filter(f -> f.kind() == kind).toList();
    }

    /** The expected fact, its qualifier written as on the wire for brevity. */
    private NarrativeFact fact(FactKind kind, String value, String qualifier, int line, String quote, Integer... parts) {
        int index = lines.get(line - 1).indexOf(quote);
        assertThat(index).as("quote on line %d: %s", line, quote).isGreaterThanOrEqualTo(0);
        return new NarrativeFact(kind, value == null ? null : new BigDecimal(value),
                Arrays.stream(parts).map(BigDecimal::valueOf).toList(), Qualifier.fromText(kind, qualifier), quote,
                SourceSpan.onLine(line, index + 1, quote.length()));
    }

    @Test
    void receivedTotalBrokenIntoNewAndCarriedOver() {
        List<NarrativeFact> facts = read("本年度共受理政府信息公开申请35件，其中本年新收32件，上年结转3件。");
        assertThat(facts).containsExactly(
                fact(FactKind.APPLICATIONS_RECEIVED, "35", "R1+R2", 1, "本年度共受理政府信息公开申请35件，其中本年新收32件，上年结转3件", 32, 3),
                fact(FactKind.INTERNAL_SUM, "35", null, 1, "本年度共受理政府信息公开申请35件，其中本年新收32件，上年结转3件", 32, 3));
    }

    @Test
    void receivedTotalIncludingCarriedOver() {
        assertThat(read("共受理政府信息公开申请35件（含上年结转3件）。")).containsExactly(
                fact(FactKind.APPLICATIONS_RECEIVED, "35", "R1+R2", 1, "共受理政府信息公开申请35件（含上年结转3件）"));
    }

    @Test
    void newlyReceivedCountsTableRowOne() {
        assertThat(read("本年新收政府信息公开申请32件，上年结转3件。")).containsExactly(
                fact(FactKind.APPLICATIONS_RECEIVED, "32", "R1", 1, "本年新收政府信息公开申请32件"));
    }

    @Test
    void chineseNumerals() {
        assertThat(read("全年共收到政府信息公开申请一件。", "共受理政府信息公开申请二十九件。", "共接收申请十件。")).containsExactly(
                fact(FactKind.APPLICATIONS_RECEIVED, "1", null, 1, "全年共收到政府信息公开申请一件"),
                fact(FactKind.APPLICATIONS_RECEIVED, "29", null, 2, "共受理政府信息公开申请二十九件"),
                fact(FactKind.APPLICATIONS_RECEIVED, "10", null, 3, "共接收申请十件"));
    }

    @Test
    void approximateFiguresMakeNoFact() {
        assertThat(read("全年共收到政府信息公开申请100余件。", "发布信息约50条，其中政策文件10条、工作动态40条。",
                "主动公开信息300条，其中政策文件100条、工作动态200余条。")).isEmpty();
    }

    @Test
    void noApplications() {
        assertThat(read("本年度没有收到政府信息公开申请。")).containsExactly(
                fact(FactKind.APPLICATIONS_NONE, "0", null, 1, "本年度没有收到政府信息公开申请"));
    }

    @Test
    void applicantsAndChannelsWithTheTotalInThePreviousSentence() {
        assertThat(read("全年共受理政府信息公开申请20件。其中自然人申请18件，法人或其他组织申请2件；网上申请15件，信函申请5件。"))
                .containsExactly(
                        fact(FactKind.APPLICATIONS_RECEIVED, "20", null, 1, "全年共受理政府信息公开申请20件"),
                        // 其中 opens the sentence: the total is the previous sentence's 共… count; all four parts are 件
                        fact(FactKind.INTERNAL_SUM, "20", null, 1,
                                "全年共受理政府信息公开申请20件。其中自然人申请18件，法人或其他组织申请2件；网上申请15件，信函申请5件", 18, 2, 15, 5),
                        fact(FactKind.APPLICATIONS_NATURAL_PERSONS, "18", null, 1, "其中自然人申请18件"),
                        fact(FactKind.APPLICATIONS_LEGAL_PERSONS, "2", null, 1, "法人或其他组织申请2件"),
                        fact(FactKind.APPLICATIONS_BY_CHANNEL, "20", "网上+信函", 1, "网上申请15件，信函申请5件", 15, 5));
    }

    @Test
    void closedCarriedOverAndNoCarryOverOnlyAboutApplications() {
        assertThat(read("本年度共收到政府信息公开申请35件，截至12月31日，已办结33件，结转下年度继续办理2件。", "无下年度结转情况。",
                "受理的申请中，顺延到下年度答复1件。", "（四）平台建设情况", "答复网民留言30件，结转下年度办理5件。")).containsExactly(
                fact(FactKind.APPLICATIONS_RECEIVED, "35", null, 1, "本年度共收到政府信息公开申请35件"),
                fact(FactKind.APPLICATIONS_CLOSED, "33", null, 1, "已办结33件"),
                fact(FactKind.APPLICATIONS_CARRIED_OVER, "2", null, 1, "结转下年度继续办理2件"),
                fact(FactKind.APPLICATIONS_CARRIED_OVER, "0", null, 2, "无下年度结转情况"),
                fact(FactKind.APPLICATIONS_CARRIED_OVER, "1", null, 3, "顺延到下年度答复1件"));
    }

    @Test
    void outcomesAndPercentages() {
        String sentence = "本年度共办结政府信息公开申请400件，其中予以公开100件，占25%；部分公开35件；无法提供265件，占申请总数400件的66.25%。";
        assertThat(read(sentence)).containsExactly(
                fact(FactKind.APPLICATIONS_CLOSED, "400", null, 1, "本年度共办结政府信息公开申请400件"),
                // 100+35+265 = 400; the 400 of 占申请总数400件 is the base of a percentage, not a part
                fact(FactKind.INTERNAL_SUM, "400", null, 1, "本年度共办结政府信息公开申请400件，其中予以公开100件，占25%；部分公开35件；无法提供265件", 100, 35, 265),
                fact(FactKind.OUTCOME, "100", "R3.1", 1, "其中予以公开100件"),
                fact(FactKind.PERCENT, "25", "R3.1", 1, "其中予以公开100件，占25%", 100),
                fact(FactKind.OUTCOME, "35", "R3.2", 1, "部分公开35件"),
                fact(FactKind.OUTCOME, "265", "R3.4", 1, "无法提供265件"),
                fact(FactKind.PERCENT, "66.25", "R3.4", 1, "无法提供265件，占申请总数400件的66.25%", 265, 400));
    }

    @Test
    void combinedOutcomeWordingAndTheOtherGroups() {
        assertThat(read(FactKind.OUTCOME, "共受理申请260件，其中予以公开及部分公开258件，不予公开1件，不予处理1件，其他处理0件。")).containsExactly(
                fact(FactKind.OUTCOME, "258", "R3.1+R3.2", 1, "其中予以公开及部分公开258件"),
                fact(FactKind.OUTCOME, "1", "R3.3", 1, "不予公开1件"),
                fact(FactKind.OUTCOME, "1", "R3.5", 1, "不予处理1件"),
                fact(FactKind.OUTCOME, "0", "R3.6", 1, "其他处理0件"));
    }

    @Test
    void outcomeWordsAboutDocumentsAreNoOutcome() {
        assertThat(read(FactKind.OUTCOME, "本年度共报送各类文件10件，其中主动公开1件、依申请公开8件，不予公开1件。")).isEmpty();
        assertThat(read(FactKind.APPLICATIONS_RECEIVED, "本年度共报送各类文件10件，其中主动公开1件、依申请公开8件，不予公开1件。")).isEmpty();
    }

    @Test
    void reviewLitigationAndClaims() {
        assertThat(read("本年度发生政府信息公开行政复议2件，均获维持；行政诉讼1件。")).containsExactly(
                fact(FactKind.REVIEW_COUNT, "2", null, 1, "本年度发生政府信息公开行政复议2件"),
                fact(FactKind.REVIEW_OUTCOME_CLAIM, null, "均获维持", 1, "均获维持"),
                fact(FactKind.LITIGATION_COUNT, "1", null, 1, "行政诉讼1件"));
        // 均 speaks of everything named before it, reviews included
        assertThat(read(FactKind.REVIEW_OUTCOME_CLAIM, "信息公开类行政复议7件，诉讼9件，均获维持。")).containsExactly(
                fact(FactKind.REVIEW_OUTCOME_CLAIM, null, "均获维持", 1, "均获维持"));
        assertThat(read(FactKind.REVIEW_OUTCOME_CLAIM, "信息公开类行政复议7件，行政诉讼9件，后者未被纠错。")).isEmpty();
    }

    @Test
    void noReviewNoLitigation() {
        assertThat(read("未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。", "未发生因政府信息公开被申请行政复议的情况，也未发生行政诉讼。"))
                .containsExactly(
                        fact(FactKind.NO_REVIEW_OR_LITIGATION, "0", null, 1, "未发生因政府信息公开被申请行政复议、提起行政诉讼的情况"),
                        fact(FactKind.REVIEW_COUNT, "0", null, 2, "未发生因政府信息公开被申请行政复议的情况"),
                        fact(FactKind.LITIGATION_COUNT, "0", null, 2, "也未发生行政诉讼"));
    }

    @Test
    void regulatoryDocuments() {
        assertThat(read("本年度制发行政规范性文件3件，现行有效规范性文件12件。")).containsExactly(
                fact(FactKind.REGDOC_MADE, "3", null, 1, "本年度制发行政规范性文件3件"),
                fact(FactKind.REGDOC_VALID, "12", null, 1, "现行有效规范性文件12件"));
    }

    @Test
    void tableRowsAreNotProse() {
        assertThat(read("一、本年新收政府信息公开申请数量\t16\t0\t0\t0\t0\t0\t16", "行政复议 | 3 |", "共收到申请 | 16件 |")).isEmpty();
    }

    @Test
    void datesPeriodAndTitle() {
        assertThat(read("某某局2021年度政府信息公开工作年度报告", "发布日期：2022-01-20  来源：某某局", "统计时限为2021年1月1日—2021年12月31日。",
                "一、总体情况", "六、其他需要报告的事项", "本年度收取信息处理费0.12万元。", "某某局", "二〇二二年一月二十九日")).containsExactly(
                fact(FactKind.TITLE, "2021", "某某局2021年度政府信息公开工作年度报告", 1, "某某局2021年度政府信息公开工作年度报告"),
                fact(FactKind.PUBLISHED_ON, null, "2022-01-20", 2, "发布日期：2022-01-20"),
                fact(FactKind.STATISTICAL_PERIOD, null, "2021-01-01/2021-12-31", 3, "统计时限为2021年1月1日—2021年12月31日"),
                fact(FactKind.FEE_STATEMENT, "1200", null, 6, "本年度收取信息处理费0.12万元"),
                fact(FactKind.SIGNATURE_DATE, null, "2022-01-29", 8, "二〇二二年一月二十九日"));
    }

    /** Word and OCR output type the year in full-width digits: the title's year is read all the same. */
    @Test
    void titleWithAFullWidthYear() {
        assertThat(read("某某局２０２１年度政府信息公开工作年度报告", "一、总体情况")).containsExactly(
                fact(FactKind.TITLE, "2021", "某某局２０２１年度政府信息公开工作年度报告", 1, "某某局２０２１年度政府信息公开工作年度报告"));
    }

    /** A title set in large type, letter-spaced by PDF extraction: its year is read, the title quoted as written. */
    @Test
    void letterSpacedTitle() {
        assertThat(read("某 某 局 2 0 2 1 年 度 政 府 信 息 公 开 工 作 年 度 报 告", "一、总体情况")).containsExactly(
                fact(FactKind.TITLE, "2021", "某 某 局 2 0 2 1 年 度 政 府 信 息 公 开 工 作 年 度 报 告", 1,
                        "某 某 局 2 0 2 1 年 度 政 府 信 息 公 开 工 作 年 度 报 告"));
    }

    /** How reports write the statistical period (domain-spec §6.6 S-PERIOD); each line is one shape. */
    @Test
    void statisticalPeriodAsWrittenInTheWild() {
        assertThat(read(FactKind.STATISTICAL_PERIOD,
                "本年度报告中所列数据统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。",
                "本报告所列数据统计时限为2023年1月1日至12月31日。",
                "本报告中所列数据的统计期限从2019年1月1日到12月31日止。",
                "统计期限为2022年1月1日－2022年12月31日。",
                "本报告所列数据为2021年1月1日起至2021年12月31日止。",
                "本报告统计数据从2016年1月1日至2016年12月31日止。",
                "本年度报告使用数据统计时间为２０２０年１月１日至２０２０年１２月３１日。",
                "统 计 期 限 为 2 0 2 4 年 1 月 1 日 至 2 0 2 4 年 1 2 月 3 1 日。",
                "报告中的数据统计期限为二〇二五年一月一日至十二月三十一日。")).containsExactly(
                fact(FactKind.STATISTICAL_PERIOD, null, "2023-01-01/2023-12-31", 1,
                        "本年度报告中所列数据统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止"),
                // the end's year is the start's
                fact(FactKind.STATISTICAL_PERIOD, null, "2023-01-01/2023-12-31", 2, "本报告所列数据统计时限为2023年1月1日至12月31日"),
                fact(FactKind.STATISTICAL_PERIOD, null, "2019-01-01/2019-12-31", 3, "本报告中所列数据的统计期限从2019年1月1日到12月31日止"),
                fact(FactKind.STATISTICAL_PERIOD, null, "2022-01-01/2022-12-31", 4, "统计期限为2022年1月1日－2022年12月31日"),
                fact(FactKind.STATISTICAL_PERIOD, null, "2021-01-01/2021-12-31", 5, "本报告所列数据为2021年1月1日起至2021年12月31日止"),
                fact(FactKind.STATISTICAL_PERIOD, null, "2016-01-01/2016-12-31", 6, "本报告统计数据从2016年1月1日至2016年12月31日止"),
                fact(FactKind.STATISTICAL_PERIOD, null, "2020-01-01/2020-12-31", 7, "本年度报告使用数据统计时间为２０２０年１月１日至２０２０年１２月３１日"),
                fact(FactKind.STATISTICAL_PERIOD, null, "2024-01-01/2024-12-31", 8, "统 计 期 限 为 2 0 2 4 年 1 月 1 日 至 2 0 2 4 年 1 2 月 3 1 日"),
                fact(FactKind.STATISTICAL_PERIOD, null, "2025-01-01/2025-12-31", 9, "报告中的数据统计期限为二〇二五年一月一日至十二月三十一日"));
    }

    @Test
    void aPeriodShorterThanTheYearIsReadAsWrittenAndAnActivitysDatesAreNoPeriod() {
        assertThat(read(FactKind.STATISTICAL_PERIOD, "据统计，2021年3月1日至2021年6月30日开展专项行动。",
                "本报告所列数据的统计期限为2022年1月1日至2022年11月30日。")).containsExactly(
                fact(FactKind.STATISTICAL_PERIOD, null, "2022-01-01/2022-11-30", 2, "本报告所列数据的统计期限为2022年1月1日至2022年11月30日"));
    }

    @Test
    void fullWidthDigitsAreCounts() {
        assertThat(read(FactKind.APPLICATIONS_RECEIVED, "全年共收到政府信息公开申请１６件。")).containsExactly(
                fact(FactKind.APPLICATIONS_RECEIVED, "16", null, 1, "全年共收到政府信息公开申请１６件"));
    }

    @Test
    void feeStatementsOnlyInSectionSix() {
        assertThat(read(FactKind.FEE_STATEMENT, "一、总体情况", "本年度收取信息处理费3940元。", "六、其他需要报告的事项", "本年度收取信息处理费3940元。",
                "无收取信息处理费情况。", "依申请公开收费标准按照《政府信息公开信息处理费管理办法》执行。", "信息处理费共计0.00元。")).containsExactly(
                fact(FactKind.FEE_STATEMENT, "3940", null, 4, "本年度收取信息处理费3940元"),
                fact(FactKind.FEE_STATEMENT, "0", null, 5, "无收取信息处理费情况"),
                fact(FactKind.FEE_STATEMENT, "0", null, 7, "信息处理费共计0.00元"));
    }

    @Test
    void overviewTopicsAreQuotedAtTheirSubheads() {
        List<NarrativeFact> facts = read(FactKind.OVERVIEW_TOPIC, "一、总体情况", "本机关重视主动公开、依申请公开和政府信息管理。",
                "（一）主动公开方面。发布信息。", "（四）平台载体建设方面", "二、主动公开政府信息情况", "（五）监督保障情况");
        assertThat(facts).containsExactly(
                // 、 ends a clause, so the mention is quoted from 依申请公开 on
                fact(FactKind.OVERVIEW_TOPIC, null, "依申请公开", 2, "依申请公开和政府信息管理"),
                fact(FactKind.OVERVIEW_TOPIC, null, "政府信息管理", 2, "依申请公开和政府信息管理"),
                fact(FactKind.OVERVIEW_TOPIC, null, "主动公开", 3, "（一）主动公开方面"),
                fact(FactKind.OVERVIEW_TOPIC, null, "平台建设", 4, "（四）平台载体建设方面"));
    }

    @Test
    void reviewApplicationsAreNoInformationApplications() {
        assertThat(read("本年度受理政府信息公开行政复议申请2件。", "本年度未收到行政复议申请。")).containsExactly(
                fact(FactKind.REVIEW_COUNT, "2", null, 1, "本年度受理政府信息公开行政复议申请2件"));
    }

    @Test
    void thousandsSeparatorsAndOrdinals() {
        assertThat(read("全年主动公开政府信息1,725条，其中政府网站765条、微信公众号960条。", "第一件申请已办结。")).containsExactly(
                fact(FactKind.INTERNAL_SUM, "1725", null, 1, "全年主动公开政府信息1,725条，其中政府网站765条、微信公众号960条", 765, 960));
    }

    @Test
    void reviewAndLitigationCountedTogether() {
        assertThat(read("本年度因政府信息公开引起的行政复议和行政诉讼均为0件。", "政府信息公开行政复议和行政诉讼共3件。")).containsExactly(
                fact(FactKind.REVIEW_COUNT, "0", null, 1, "本年度因政府信息公开引起的行政复议和行政诉讼均为0件"),
                fact(FactKind.LITIGATION_COUNT, "0", null, 1, "本年度因政府信息公开引起的行政复议和行政诉讼均为0件"));
    }

    @Test
    void carriedOverIntoANamedYear() {
        assertThat(read("受理的申请中，结转至2023年度办理2件。")).containsExactly(
                fact(FactKind.APPLICATIONS_CARRIED_OVER, "2", null, 1, "结转至2023年度办理2件"));
    }

    /** Run-on garbage without punctuation must be read in linear time (a quadratic reading takes hours here). */
    @Test
    void runOnLinesStayLinear() {
        String counts = "因政府信息公开引起的行政复议1件".repeat(6_000);
        String verbs = "共收到政府信息公开申请".repeat(10_000) + "1件";
        String among = "主动公开信息5条其中".repeat(10_000) + "1条2条";
        List<NarrativeFact> facts = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(counts, verbs, among));
        // one sentence stating 6,000 review counts, none of them 共…: no total of the year among them
        assertThat(facts.stream().filter(f -> f.kind() == FactKind.REVIEW_COUNT)).isEmpty();
        assertThat(facts.stream().filter(f -> f.kind() == FactKind.APPLICATIONS_RECEIVED)).hasSize(1);
    }

    @Test
    void closingCountsAreNoPartOfABreakdown() {
        assertThat(read(FactKind.INTERNAL_SUM, "全年共收到政府信息公开申请16件，其中自然人15件，法人或其他组织1件，已全部办结16件。")).containsExactly(
                fact(FactKind.INTERNAL_SUM, "16", null, 1, "全年共收到政府信息公开申请16件，其中自然人15件，法人或其他组织1件", 15, 1));
    }

    @Test
    void outcomesLaterInAParagraphAboutApplications() {
        assertThat(read("2022年，共收到政府信息公开申请35件。上年结转0件。已办结35件，其中予以公开20件，部分公开15件。")).containsExactly(
                fact(FactKind.APPLICATIONS_RECEIVED, "35", null, 1, "共收到政府信息公开申请35件"),
                fact(FactKind.APPLICATIONS_CLOSED, "35", null, 1, "已办结35件"),
                fact(FactKind.INTERNAL_SUM, "35", null, 1, "已办结35件，其中予以公开20件，部分公开15件", 20, 15),
                fact(FactKind.OUTCOME, "20", "R3.1", 1, "其中予以公开20件"),
                fact(FactKind.OUTCOME, "15", "R3.2", 1, "部分公开15件"));
    }

    @Test
    void applicationsTopicRunsOverParagraphsUpToTheNextSubhead() {
        assertThat(read("（二）依申请公开情况", "本年度共受理政府信息公开申请10件。", "其中予以公开6件，部分公开4件。",
                "（三）政府信息管理情况", "本年度共报送各类文件10件，其中不予公开1件。")).containsExactly(
                fact(FactKind.APPLICATIONS_RECEIVED, "10", null, 2, "本年度共受理政府信息公开申请10件"),
                fact(FactKind.OUTCOME, "6", "R3.1", 3, "其中予以公开6件"),
                fact(FactKind.OUTCOME, "4", "R3.2", 3, "部分公开4件"));
    }

    // Narrative precision (issue 9, class 6): a fact only from a sentence stating the whole year's figure.

    @Test
    void closingCountsOfPartsOfTheApplicationsAreNoClosingTotal() {
        assertThat(read(FactKind.APPLICATIONS_CLOSED,
                "本年度共收到政府信息公开申请12件，其中已办结9件，3件正在办理中。",
                "共受理政府信息公开申请20件，按时办结19件，按时办结率95%。",
                "区财政局办结1件，区自然资源局办结2件，区住建局办结1件。",
                "全年共办结政府信息公开申请4件。",
                "通过12345热线接收群众咨询56件，已全部答复56件。")).containsExactly(
                fact(FactKind.APPLICATIONS_CLOSED, "4", null, 4, "全年共办结政府信息公开申请4件"));
    }

    @Test
    void ofSeveralClosingCountsTheOneStatedForAllIsTheTotal() {
        assertThat(read(FactKind.APPLICATIONS_CLOSED, "本年度收到政府信息公开申请5件，区财政局办结2件，区住建局办结3件，共办结5件。")).containsExactly(
                fact(FactKind.APPLICATIONS_CLOSED, "5", null, 1, "共办结5件"));
    }

    @Test
    void reviewsAreCountedOnlyAsTheCountedNounAboutDisclosure() {
        assertThat(read("全年共办理行政复议案件35件，依法纠错3件。", "本局未设立行政复议机构。",
                "因政府信息公开被申请行政复议2件，行政复议被纠错0件。", "因政府信息公开被提起行政诉讼1件，均获维持。")).containsExactly(
                fact(FactKind.REVIEW_COUNT, "2", null, 3, "因政府信息公开被申请行政复议2件"),
                fact(FactKind.LITIGATION_COUNT, "1", null, 4, "因政府信息公开被提起行政诉讼1件"));
    }

    @Test
    void reviewsInSectionFourNeedNoDisclosureWords() {
        assertThat(read(FactKind.REVIEW_COUNT, "四、政府信息公开行政复议、行政诉讼情况", "本年度行政复议案件共计1件。")).containsExactly(
                fact(FactKind.REVIEW_COUNT, "1", null, 2, "本年度行政复议案件共计1件"));
    }

    @Test
    void aBreakdownAddsUpToTheTotalRightBeforeItsAmongThem() {
        assertThat(read(FactKind.INTERNAL_SUM,
                "全年共办理政府信息公开申请718件，收到政府信息公开申请749件，其中自然人申请700件，法人或其他组织申请49件。",
                "全年共办理政府信息公开申请718件，收到申请749件。其中予以公开500件，部分公开218件。",
                "全年主动公开政府信息500条，其中政策文件200条、工作动态300条，较上年增加50条。")).containsExactly(
                fact(FactKind.INTERNAL_SUM, "749", null, 1, "收到政府信息公开申请749件，其中自然人申请700件，法人或其他组织申请49件", 700, 49),
                // line 2: which of 718 and 749 the outcomes break down is not said
                fact(FactKind.INTERNAL_SUM, "500", null, 3, "全年主动公开政府信息500条，其中政策文件200条、工作动态300条", 200, 300));
    }

    @Test
    void countsOfPartOfTheYearOrOverSeveralYearsAreNoYearTotal() {
        assertThat(read(FactKind.APPLICATIONS_RECEIVED,
                "2023年1月至6月共收到政府信息公开申请5件，全年共收到政府信息公开申请12件。",
                "第四季度受理政府信息公开申请3件。",
                "自2008年起累计收到政府信息公开申请300件。",
                "全年累计收到政府信息公开申请30件，较上年增加2件。")).containsExactly(
                fact(FactKind.APPLICATIONS_RECEIVED, "12", null, 1, "全年共收到政府信息公开申请12件"),
                fact(FactKind.APPLICATIONS_RECEIVED, "30", null, 4, "全年累计收到政府信息公开申请30件"));
    }

    @Test
    void sentencesCountingOtherMattersAreNoApplications() {
        assertThat(read("全年共受理群众咨询及政府信息公开申请80件。", "本年度收到12345热线转办的政府信息公开申请3件。",
                "共收到信访事项及信息公开申请15件，均已办结15件。")).isEmpty();
    }
}
