package nianbao.validate.rules.structure;

import static nianbao.validate.rules.ReportBuilder.n;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nianbao.report.AgencyLevel;
import nianbao.report.FactKind;
import nianbao.report.FormatVersion;
import nianbao.report.SectionId;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T4Column;
import nianbao.validate.config.Deadline;
import nianbao.validate.config.LocalDeadline;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.ReportContext;
import nianbao.validate.engine.Severity;
import nianbao.validate.engine.Validator;
import nianbao.validate.rules.ReportBuilder;
import nianbao.validate.rules.RuleRun;
import org.junit.jupiter.api.Test;

class StructureRulesTest {

    @Test
    void versionMustMatchTheReportYear() {
        assertThat(RuleRun.only(new SVersion(), ReportBuilder.v2021().build()).outcome()).isEqualTo(Outcome.PASS);

        Finding wrong = RuleRun.run(new SVersion(), ReportBuilder.context(2021), ReportBuilder.v2019().build(), null).get(0);
        assertThat(wrong.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(wrong.severity()).isEqualTo(Severity.ERROR);
        assertThat(wrong.expected()).isEqualTo("V2021");
        assertThat(wrong.actual()).isEqualTo("V2019");
        assertThat(RuleRun.run(new SVersion(), ReportBuilder.context(2018), ReportBuilder.v2019().build(), null).get(0).outcome())
                .isEqualTo(Outcome.NOT_ASSESSABLE);
    }

    @Test
    void versionIsUncertainWhenUndetected() {
        var report = ReportBuilder.v2021().build();
        var unknown = new nianbao.report.ParsedReport("t", report.container(), FormatVersion.UNKNOWN, report.layout(),
                report.sections(), report.cells(), report.facts(), report.labelVariants(), report.diagnostics(), null, "");
        Finding f = RuleRun.only(new SVersion(), unknown);
        assertThat(f.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(f.expected()).isEqualTo("V2021");
        assertThat(f.actual()).isNull();
    }

    /**
     * A 2024 report whose tables carry labels of both formats (a 2019 header left in one block of a 2021 table 二): the
     * version read by the majority is never grounds for a FAIL, whichever way it goes.
     */
    @Test
    void versionIsUncertainWhenTheTablesMixBothFormats() {
        String explanation = "table labels of both formats: 1 of V2019, 7 of V2021; read as V2021 by the majority";
        Finding matching = RuleRun.run(new SVersion(), ReportBuilder.context(2024),
                ReportBuilder.v2021().diagnostic("P-VERSION-MIXED", explanation, List.of()).build(), null).get(0);
        assertThat(matching.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(matching.actual()).isEqualTo("V2021");
        assertThat(matching.messageZh()).contains("按多数判断为 2021 年格式", "与 2024 年度要求一致", "格式版本存疑");

        Finding contrary = RuleRun.run(new SVersion(), ReportBuilder.context(2023),
                ReportBuilder.v2019().diagnostic("P-VERSION-MIXED", "", List.of()).build(), null).get(0);
        assertThat(contrary.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(contrary.expected()).isEqualTo("V2021");
        assertThat(contrary.actual()).isEqualTo("V2019");
    }

    /** Clean, unmixed 2019 tables in a 2023 report are a real violation. */
    @Test
    void unmixedWrongVersionStaysAnErrorAndAVersionWithoutAnyTableIsUncertain() {
        Finding clean = RuleRun.run(new SVersion(), ReportBuilder.context(2023), ReportBuilder.v2019().build(), null).get(0);
        assertThat(clean.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(clean.severity()).isEqualTo(Severity.ERROR);

        ReportBuilder noTables = ReportBuilder.v2019();
        nianbao.report.tables.T2Cell.cellsOf(FormatVersion.V2019).forEach(c -> noTables.missing(c.ref()));
        nianbao.report.tables.T3Row.rowsOf(FormatVersion.V2019).forEach(noTables::missingT3Row);
        Finding cited = RuleRun.run(new SVersion(), ReportBuilder.context(2023), noTables.build(), null).get(0);
        assertThat(cited.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(cited.messageZh()).contains("未读取到表二、表三");
    }

    @Test
    void sectionsReportsEachMissingSectionAndWarnsWhenOnlyTheHeadingIsLost() {
        // qidong: heading 四 lost but table 四 values present; section 五 really missing
        List<Finding> findings = RuleRun.run(new SSections(), ReportBuilder.v2021().sectionMissing(SectionId.REVIEW_LITIGATION)
                .sectionMissing(SectionId.PROBLEMS).build());

        assertThat(findings).hasSize(6);
        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.PASS, Outcome.PASS,
                Outcome.FAIL, Outcome.FAIL, Outcome.PASS);
        assertThat(findings.get(3).severity()).isEqualTo(Severity.WARNING);
        assertThat(RuleRun.ids(findings.get(3))).containsExactly("SECTION:四");
        assertThat(findings.get(4).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(3).fingerprint()).isNotEqualTo(findings.get(4).fingerprint());
    }

    /**
     * OCR lost every heading but 二…四: the overview's sub-topics stand before section 二, problems and improvements are
     * written about, and section 六's fee statement was read — each heading is missing, its content is not (WARNING).
     */
    @Test
    void sectionsWarnsWhenTheOverviewProblemsAndOtherMattersAreThereWithoutTheirHeadings() {
        String text = String.join("\n",
                "某街道办事处2023年政府信息公开工作年度报告",
                "2023年，我街道坚持以公开为常态，全年主动公开政府信息186条。",
                "（二）依申请公开。全年共收到政府信息公开申请3件，均按时答复。",
                "（三）政府信息管理。严格落实公开前保密审查机制。") + "\n".repeat(10)
                + "2023年我街道政府信息公开工作存在的主要问题是公开内容不够丰富，下一步将加强培训。\n"
                + "本年度未收取信息处理费。";
        ReportBuilder r = ReportBuilder.v2021().sectionMissing(SectionId.OVERVIEW).sectionMissing(SectionId.PROBLEMS)
                .sectionMissing(SectionId.OTHER_MATTERS).text(text).fact(FactKind.FEE_STATEMENT, 0, "本年度未收取信息处理费");

        List<Finding> findings = RuleRun.run(new SSections(), r.build());
        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.FAIL, Outcome.PASS, Outcome.PASS,
                Outcome.PASS, Outcome.FAIL, Outcome.FAIL);
        assertThat(findings).filteredOn(f -> f.outcome() == Outcome.FAIL).extracting(Finding::severity)
                .containsOnly(Severity.WARNING);
        assertThat(findings.get(0).messageZh()).contains("未找到第一部分标题", "其内容存在");
    }

    /**
     * An overview without its heading that states the year's figures in full-width digits (Word's 全角 input), or with
     * its counts set on lines of their own (PDF text extraction), is still the overview's content: the heading is
     * missing (WARNING), not the section (both read as an ERROR).
     */
    @Test
    void anOverviewParagraphWithFullWidthOrBrokenOffFiguresIsTheOverviewsContent() {
        for (String figures : List.of("全年公开信息77条，收到1份申请。", "全年公开信息７７条，收到１份申请。",
                "全年公开信息\n77\n条，收到\n1\n份申请。")) {
            ReportBuilder r = ReportBuilder.v2021().sectionMissing(SectionId.OVERVIEW)
                    .text("某街道2023年政府信息公开工作年度报告\n2023年，我街道按照统一部署开展政府信息公开工作，" + figures);
            Finding overview = RuleRun.run(new SSections(), r.build()).get(0);
            assertThat(overview.outcome()).as(figures).isEqualTo(Outcome.FAIL);
            assertThat(overview.severity()).as(figures).isEqualTo(Severity.WARNING);
        }
    }

    /** Without its heading and without any of its content a section is missing: ERROR for 一, 二, 三, 五 and 六. */
    @Test
    void sectionsIsAnErrorWhenNeitherHeadingNorContentIsThere() {
        ReportBuilder r = ReportBuilder.v2021().text("某局2023年政府信息公开工作年度报告\n全年主动公开政府信息52条。")
                .factOnLine(1, FactKind.TITLE, BigDecimal.valueOf(2023), List.of(), "某局2023年政府信息公开工作年度报告",
                        "某局2023年政府信息公开工作年度报告");
        for (SectionId id : List.of(SectionId.OVERVIEW, SectionId.ACTIVE_DISCLOSURE, SectionId.APPLICATIONS,
                SectionId.PROBLEMS, SectionId.OTHER_MATTERS)) {
            r.sectionMissing(id);
        }
        nianbao.report.tables.T2Cell.cellsOf(FormatVersion.V2021).forEach(c -> r.missing(c.ref()));
        nianbao.report.tables.T3Row.rowsOf(FormatVersion.V2021).forEach(r::missingT3Row);

        List<Finding> findings = RuleRun.run(new SSections(), r.build());
        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.FAIL, Outcome.FAIL, Outcome.FAIL,
                Outcome.PASS, Outcome.FAIL, Outcome.FAIL);
        assertThat(findings).filteredOn(f -> f.outcome() == Outcome.FAIL).extracting(Finding::severity)
                .containsOnly(Severity.ERROR);
    }

    /**
     * An excerpt cannot show that a section is missing: a text that stops mid-table or mid-sentence says nothing of
     * the sections after it, one that begins at a later section (a page of a flip book) nothing of those before it.
     */
    @Test
    void sectionsBeyondTheSubmittedTextAreNotAssessable() {
        List<Finding> findings = RuleRun.run(new SSections(), upToTableTwo("第二十条第（一）项\n规章 | 0 | 0 |").build());
        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.PASS,
                Outcome.NOT_ASSESSABLE, Outcome.NOT_ASSESSABLE, Outcome.NOT_ASSESSABLE, Outcome.NOT_ASSESSABLE);
        assertThat(findings.get(5).messageZh()).contains("提交的文本在第二部分中途结束", "无法检查第六部分");

        assertThat(RuleRun.run(new SSections(), upToTableTwo("规章 | 0 | 0 |\n本局无其他需要说明的问题。").build())).extracting(Finding::outcome).containsExactly(
                Outcome.PASS, Outcome.PASS, Outcome.FAIL, Outcome.FAIL, Outcome.FAIL, Outcome.FAIL);

        ReportBuilder page = ReportBuilder.v2021().text("Page 8 - 某局2023年政府信息公开工作年度报告\nP. 8\n"
                        + "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n"
                        + "五、存在的主要问题及改进情况\n一是公开内容不够全面。")
                .factOnLine(1, FactKind.TITLE, BigDecimal.valueOf(2023), List.of(), "2023", "Page 8 - 某局2023年政府信息公开工作年度报告")
                .section(SectionId.REVIEW_LITIGATION, "四、政府信息公开行政复议、行政诉讼情况", 3)
                .section(SectionId.PROBLEMS, "五、存在的主要问题及改进情况", 6);
        for (SectionId id : List.of(SectionId.OVERVIEW, SectionId.ACTIVE_DISCLOSURE, SectionId.APPLICATIONS, SectionId.OTHER_MATTERS)) {
            page.sectionMissing(id);
        }
        nianbao.report.tables.T2Cell.cellsOf(FormatVersion.V2021).forEach(c -> page.missing(c.ref()));
        nianbao.report.tables.T3Row.rowsOf(FormatVersion.V2021).forEach(page::missingT3Row);
        assertThat(RuleRun.run(new SSections(), page.build())).extracting(Finding::outcome).containsExactly(
                Outcome.NOT_ASSESSABLE, Outcome.NOT_ASSESSABLE, Outcome.NOT_ASSESSABLE, Outcome.PASS, Outcome.PASS,
                Outcome.NOT_ASSESSABLE);
    }

    /** A report with its title, sections 一 and 二 and then {@code ending}; sections 三–六 and tables 三/四 not found. */
    private static ReportBuilder upToTableTwo(String ending) {
        ReportBuilder r = ReportBuilder.v2021().text("某局2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息52条，"
                        + "均按规定发布。\n二、主动公开政府信息情况\n" + ending)
                .factOnLine(1, FactKind.TITLE, BigDecimal.valueOf(2023), List.of(), "2023", "某局2023年政府信息公开工作年度报告");
        for (SectionId id : List.of(SectionId.APPLICATIONS, SectionId.REVIEW_LITIGATION, SectionId.PROBLEMS, SectionId.OTHER_MATTERS)) {
            r.sectionMissing(id);
        }
        nianbao.report.tables.T3Row.rowsOf(FormatVersion.V2021).forEach(r::missingT3Row);
        for (T4Column c : T4Column.values()) r.missing(CellRef.t4(c));
        return r;
    }

    @Test
    void sectionsIsAnErrorWhenNeitherHeadingNorValuesArePresent() {
        ReportBuilder r = ReportBuilder.v2021().sectionMissing(SectionId.REVIEW_LITIGATION);
        for (T4Column c : T4Column.values()) r.missing(CellRef.t4(c));
        assertThat(RuleRun.run(new SSections(), r.build()).get(3).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void sectionOrderNotesRenumberedOrShuffledSections() {
        assertThat(RuleRun.only(new SSectionOrder(), ReportBuilder.v2021().build()).outcome()).isEqualTo(Outcome.PASS);

        Finding f = RuleRun.only(new SSectionOrder(), ReportBuilder.v2021()
                .section(SectionId.ACTIVE_DISCLOSURE, "一、主动公开政府信息情况", 5).build());
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.actual()).isEqualTo("二一三四五六");
        assertThat(f.messageZh()).contains("第二部分标题为“一、主动公开政府信息情况”");
    }

    @Test
    void overviewTopicsWarnsForTheMissingOnes() {
        ReportBuilder r = ReportBuilder.v2021();
        for (String topic : List.of("主动公开", "依申请公开", "政府信息管理", "平台建设")) {
            r.qualified(FactKind.OVERVIEW_TOPIC, topic, topic);
        }
        Finding qidong = RuleRun.only(new SOverviewTopics(), r.build());
        assertThat(qidong.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(qidong.severity()).isEqualTo(Severity.WARNING);
        assertThat(qidong.actual()).isEqualTo("4");
        assertThat(qidong.messageZh()).contains("缺少以下内容：监督保障");

        assertThat(RuleRun.only(new SOverviewTopics(), r.qualified(FactKind.OVERVIEW_TOPIC, "监督保障", "监督保障").build()).outcome())
                .isEqualTo(Outcome.PASS);
        assertThat(RuleRun.only(new SOverviewTopics(), ReportBuilder.v2021().sectionMissing(SectionId.OVERVIEW).build()).outcome())
                .isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(RuleRun.run(new SOverviewTopics(), ReportBuilder.v2019().build())).isEmpty();
    }

    /** The offline checker on a report that names no agency it can place: the name is not checked, and it says so. */
    @Test
    void titleOfAnAgencyThatCouldNotBeDeterminedIsNotCheckedForTheName() {
        ReportContext unknown = new ReportContext("s", "report-2023.txt", null, null, AgencyLevel.UNKNOWN, 2023, null);
        Finding canonical = RuleRun.run(new STitle(), unknown, ReportBuilder.v2021()
                .fact(FactKind.TITLE, n("2023"), List.of(), "政府办公室2023年政府信息公开工作年度报告", "政府办公室2023年政府信息公开工作年度报告")
                .build(), null).get(0);
        assertThat(canonical.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(canonical.severity()).isEqualTo(Severity.INFO);
        assertThat(canonical.messageZh()).isEqualTo(
                "标题含年度和规范名称；机关全称无法确定：标题、首句、发布机构和落款均未载明可确定的机关全称，未核对标题中的机关名称。");

        Finding variant = RuleRun.run(new STitle(), unknown, ReportBuilder.v2021()
                .fact(FactKind.TITLE, n("2023"), List.of(), "政府办公室2023年政府信息公开年度报告", "政府办公室2023年政府信息公开年度报告")
                .build(), null).get(0);
        assertThat(variant.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(variant.messageZh()).isEqualTo("标题“政府办公室2023年政府信息公开年度报告”未采用规范名称“政府信息公开工作年度报告”；"
                + "规范标题为“<机关全称>2023年政府信息公开工作年度报告”（机关全称无法确定：标题、首句、发布机构和落款均未载明可确定的机关全称，"
                + "未核对标题中的机关名称）。");
        assertThat(variant.messageZh()).doesNotContain("report-2023");
    }

    @Test
    void titleNeedsAgencyYearAndCanonicalWording() {
        ReportContext ctx = new ReportContext("s", "a", "锦屏街道", "330000", AgencyLevel.TOWNSHIP, 2022, null);
        Finding jinping = RuleRun.run(new STitle(), ctx, ReportBuilder.v2021()
                .fact(FactKind.TITLE, n("2022"), List.of(), "锦屏街道2022年政府信息公开年度报告", "锦屏街道2022年政府信息公开年度报告")
                .build(), null).get(0);
        assertThat(jinping.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(jinping.severity()).isEqualTo(Severity.INFO);
        assertThat(jinping.messageZh()).contains("未采用规范名称").doesNotContain("未含机关全称").doesNotContain("未含年度");

        Finding good = RuleRun.run(new STitle(), ctx, ReportBuilder.v2021()
                .fact(FactKind.TITLE, n("2022"), List.of(), "锦屏街道2022年 政府信息公开工作年度报告", "t").build(), null).get(0);
        assertThat(good.outcome()).isEqualTo(Outcome.PASS);
        assertThat(RuleRun.run(new STitle(), ctx, ReportBuilder.v2021().build(), null).get(0).outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void periodMustCoverTheReportYearAndItsAbsenceIsInfo() {
        Finding absent = RuleRun.only(new SPeriod(), ReportBuilder.v2021().build());
        assertThat(absent.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(absent.severity()).isEqualTo(Severity.INFO);

        assertThat(RuleRun.only(new SPeriod(), ReportBuilder.v2021()
                .qualified(FactKind.STATISTICAL_PERIOD, "2022-01-01/2022-12-31", "统计期限").build()).outcome()).isEqualTo(Outcome.PASS);
        Finding wrong = RuleRun.only(new SPeriod(), ReportBuilder.v2021()
                .qualified(FactKind.STATISTICAL_PERIOD, "2022-01-01/2022-11-30", "统计期限").build());
        assertThat(wrong.severity()).isEqualTo(Severity.WARNING);
        assertThat(wrong.actual()).isEqualTo("2022-01-01/2022-11-30");
    }

    @Test
    void yearOfTitleAndPeriodMustAgreeWithTheReportYear() {
        Finding ok = RuleRun.only(new SYear(), ReportBuilder.v2021().fact(FactKind.TITLE, n("2022"), List.of(), "x2022年", "t")
                .qualified(FactKind.STATISTICAL_PERIOD, "2022-01-01/2022-12-31", "p").build());
        assertThat(ok.outcome()).isEqualTo(Outcome.PASS);

        Finding wrong = RuleRun.only(new SYear(), ReportBuilder.v2021().fact(FactKind.TITLE, n("2021"), List.of(), "x2021年", "t").build());
        assertThat(wrong.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(wrong.severity()).isEqualTo(Severity.ERROR);
        assertThat(wrong.actual()).isEqualTo("标题 2021 年");
        assertThat(RuleRun.only(new SYear(), ReportBuilder.v2021().build()).outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
    }

    @Test
    void feeStatementIsRequiredFrom2021Only() {
        Finding missing = RuleRun.only(new SFee(), ReportBuilder.v2021().build());
        assertThat(missing.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(missing.severity()).isEqualTo(Severity.WARNING);
        assertThat(RuleRun.only(new SFee(), ReportBuilder.v2021().fact(FactKind.FEE_STATEMENT, 0, "未收取信息处理费").build())
                .quote()).isEqualTo("未收取信息处理费");
        assertThat(RuleRun.run(new SFee(), ReportBuilder.context(2020), ReportBuilder.v2019().build(), null)).isEmpty();
    }

    private static ReportContext ctx(AgencyLevel level, LocalDate publishedOn) {
        return new ReportContext("s", "a", "n", "431200", level, 2023, publishedOn);
    }

    @Test
    void deadlineForDepartmentsIsTheEndOfJanuary() {
        Finding onTime = RuleRun.run(new SDeadline(), ctx(AgencyLevel.CITY_DEPARTMENT, LocalDate.of(2024, 1, 31)),
                ReportBuilder.v2021().build(), null).get(0);
        assertThat(onTime.outcome()).isEqualTo(Outcome.PASS);

        Finding late = RuleRun.run(new SDeadline(), ctx(AgencyLevel.CITY_DEPARTMENT, LocalDate.of(2024, 2, 1)),
                ReportBuilder.v2021().build(), null).get(0);
        assertThat(late.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(late.severity()).isEqualTo(Severity.ERROR);
        assertThat(late.expected()).isEqualTo("≤ 2024-01-31");
        assertThat(late.actual()).isEqualTo("2024-02-01");
        assertThat(late.operands().get(0).value()).isEqualByComparingTo("20240201");
    }

    @Test
    void deadlineForALocalGovernmentIsTheEndOfMarch() {
        Finding f = RuleRun.run(new SDeadline(), ctx(AgencyLevel.COUNTY_GOVERNMENT, LocalDate.of(2024, 3, 31)),
                ReportBuilder.v2021().build(), null).get(0);
        assertThat(f.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void townshipsWarnAfterJanuaryAndFailAfterMarchByDefault() {
        Finding feb = RuleRun.run(new SDeadline(), ctx(AgencyLevel.TOWNSHIP, LocalDate.of(2024, 2, 10)),
                ReportBuilder.v2021().build(), null).get(0);
        assertThat(feb.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(feb.severity()).isEqualTo(Severity.WARNING);
        Finding april = RuleRun.run(new SDeadline(), ctx(AgencyLevel.TOWNSHIP, LocalDate.of(2024, 4, 1)),
                ReportBuilder.v2021().build(), null).get(0);
        assertThat(april.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aLocalDeadlineOverridesTheDefault() {
        // 怀化 (4312): townships by 20 Feb
        RuleSetConfig config = new RuleSetConfig(RuleSetConfig.BASE_VERSION, Map.of(), List.of(
                new LocalDeadline("4312", AgencyLevel.TOWNSHIP, new Deadline(null, MonthDay.of(2, 20)))));
        Finding f = new Validator(config, List.of(new SDeadline()))
                .validate(ctx(AgencyLevel.TOWNSHIP, LocalDate.of(2024, 2, 10)), ReportBuilder.v2021().build(), null).findings().get(0);
        assertThat(f.outcome()).isEqualTo(Outcome.PASS);
        assertThat(f.expected()).isEqualTo("≤ 2024-02-20");
    }

    @Test
    void deadlineFallsBackToTheSignatureDateAsAProxyAndElseIsNotAssessable() {
        Finding chaoyang = RuleRun.run(new SDeadline(), ctx(AgencyLevel.CITY_DEPARTMENT, null), ReportBuilder.v2021()
                .qualified(FactKind.SIGNATURE_DATE, "2024-01-29", "2024年1月29日").build(), null).get(0);
        assertThat(chaoyang.outcome()).isEqualTo(Outcome.PASS);
        assertThat(RuleRun.ids(chaoyang)).containsExactly("DATE:SIGNATURE_DATE");
        assertThat(chaoyang.messageZh()).contains("以落款日期代替发布日期");
        assertThat(chaoyang.quote()).isEqualTo("2024年1月29日");

        Finding page = RuleRun.run(new SDeadline(), ctx(AgencyLevel.CITY_DEPARTMENT, null), ReportBuilder.v2021()
                .publishedOn(LocalDate.of(2024, 1, 20)).qualified(FactKind.SIGNATURE_DATE, "2024-02-29", "x").build(), null).get(0);
        assertThat(RuleRun.ids(page)).containsExactly("DATE:PUBLISHED_ON");

        assertThat(RuleRun.run(new SDeadline(), ctx(AgencyLevel.CITY_DEPARTMENT, null), ReportBuilder.v2021().build(), null)
                .get(0).outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(RuleRun.run(new SDeadline(), ctx(AgencyLevel.UNKNOWN, LocalDate.of(2024, 1, 1)), ReportBuilder.v2021().build(),
                null).get(0).outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
    }

    @Test
    void labelsListsTheVariants() {
        assertThat(RuleRun.only(new SLabels(), ReportBuilder.v2021().build()).outcome()).isEqualTo(Outcome.PASS);

        Finding f = RuleRun.only(new SLabels(), ReportBuilder.v2021().label("T2.NORM.REPEALED", "本年废件数", "本年废止件数")
                .label("T3[R3.3.2]", "2.其他法律法规禁止公开", "2.其他法律行政法规禁止公开").build());
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.operands()).hasSize(2);
        assertThat(f.messageZh()).contains("“本年废件数”（应为“本年废止件数”）");
    }
}
