package nianbao.validate.rules.table2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.report.AgencyLevel;
import nianbao.report.tables.T2Cell;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.ReportBuilder;
import nianbao.validate.rules.RuleRun;
import org.junit.jupiter.api.Test;

class T2RulesTest {

    @Test
    void shapeWarnsWhenTheRulesRowIsMissing() {
        assertThat(RuleRun.only(new T2Shape(), ReportBuilder.v2021().build()).outcome()).isEqualTo(Outcome.PASS);

        // qidong: no 规章 row
        Finding f = RuleRun.only(new T2Shape(), ReportBuilder.v2021().missing(T2Cell.REG_MADE.ref())
                .missing(T2Cell.REG_REPEALED.ref()).missing(T2Cell.REG_VALID.ref()).build());
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(RuleRun.ids(f)).containsExactly("T2.REG.MADE", "T2.REG.REPEALED", "T2.REG.VALID");
        assertThat(f.actual()).isEqualTo("7/10");
    }

    @Test
    void valueAcceptsSignedChangesButNotNegativeCountsOrMoney() {
        assertThat(RuleRun.only(new T2Value(), ReportBuilder.v2019().t2(T2Cell.V19_LICENSE_CHANGE, -18).build()).outcome())
                .isEqualTo(Outcome.PASS);

        Finding f = RuleRun.only(new T2Value(), ReportBuilder.v2021().t2(T2Cell.NORM_VALID, -3)
                .set(T2Cell.FEE_AMOUNT.ref(), "-0.5", ReportBuilder.n("-0.5"))
                .set(T2Cell.NORM_MADE.ref(), "2.5", ReportBuilder.n("2.5")).build());
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(RuleRun.ids(f)).containsExactly("T2.NORM.MADE", "T2.NORM.VALID", "T2.FEE.AMOUNT_WANYUAN");
    }

    @Test
    void moneyUnitReportsAValueWithoutTheFourDecimalsItsHeaderAsksFor() {
        // longting: header 本年收费金额（单位：万元，保留4位小数）, value 0
        Finding f = RuleRun.only(new T2MoneyUnit(), ReportBuilder.v2021()
                .text("信息内容\t本年收费金额（单位：万元，保留4位小数）\n行政事业性收费\t0").build());
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.expected()).isEqualTo("4");
        assertThat(f.actual()).isEqualTo("0");

        // kunwu: 采购总金额（单位：万元，保留4位小数） 6.8178
        Finding kunwu = RuleRun.only(new T2MoneyUnit(), ReportBuilder.v2019()
                .set(T2Cell.V19_PROCUREMENT_AMOUNT.ref(), "6.8178", ReportBuilder.n("6.8178"))
                .text("政府集中采购\t采购项目数量\t采购总金额（单位：万元，保留4位小数）").build());
        assertThat(kunwu.outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void moneyUnitReportsAValueWrittenInYuanAndCannotCheckWithoutAValue() {
        Finding f = RuleRun.only(new T2MoneyUnit(), ReportBuilder.v2019()
                .set(T2Cell.V19_PROCUREMENT_AMOUNT.ref(), "251000元", ReportBuilder.n("25.1")).build());
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.actual()).isEqualTo("元");
        assertThat(f.messageZh()).contains("25.1 万元");

        Finding none = RuleRun.only(new T2MoneyUnit(), ReportBuilder.v2021().missing(T2Cell.FEE_AMOUNT.ref()).build());
        assertThat(none.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
    }

    @Test
    void rulesAuthorityWarnsAStreetReportingRules() {
        Finding f = RuleRun.run(new T2RulesAuthority(), ReportBuilder.context(2022, AgencyLevel.TOWNSHIP),
                ReportBuilder.v2021().t2(T2Cell.REG_VALID, 5).build(), null).get(0);
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.actual()).isEqualTo("T2.REG.VALID=5");

        assertThat(RuleRun.run(new T2RulesAuthority(), ReportBuilder.context(2022, AgencyLevel.TOWNSHIP),
                ReportBuilder.v2021().build(), null).get(0).outcome()).isEqualTo(Outcome.PASS);
        assertThat(RuleRun.run(new T2RulesAuthority(), ReportBuilder.context(2022, AgencyLevel.CITY_GOVERNMENT),
                ReportBuilder.v2021().t2(T2Cell.REG_VALID, 5).build(), null)).isEmpty();
        assertThat(RuleRun.run(new T2RulesAuthority(), ReportBuilder.context(2022, AgencyLevel.UNKNOWN),
                ReportBuilder.v2021().build(), null).get(0).outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
    }

    @Test
    void itemsDecisionsWarnsTwiceOnKunwu() {
        // kunwu: 行政许可 0 items, 0 change, 73 decisions; 行政处罚 0/0/10
        List<Finding> findings = RuleRun.run(new T2V19ItemsDecisions(), ReportBuilder.v2019()
                .t2(T2Cell.V19_LICENSE_DECISIONS, 73).t2(T2Cell.V19_PUNISH_DECISIONS, 10)
                .t2(T2Cell.V19_COERCE_PREV_ITEMS, 2).t2(T2Cell.V19_COERCE_DECISIONS, 4).build());

        assertThat(findings).extracting(Finding::outcome)
                .containsExactly(Outcome.FAIL, Outcome.PASS, Outcome.FAIL, Outcome.PASS);
        Finding license = findings.get(0);
        assertThat(license.severity()).isEqualTo(Severity.WARNING);
        assertThat(RuleRun.ids(license)).containsExactly("T2.LICENSE.PREV_ITEMS", "T2.LICENSE.CHANGE", "T2.LICENSE.DECISIONS");
        assertThat(license.actual()).isEqualTo("73");
        assertThat(findings.get(2).actual()).isEqualTo("10");
    }

    /** Table 二 blanks are not 0 either: a blank item count leaves the check uncertain, a 规章 count above 0 stands. */
    @Test
    void blankTableTwoCellsAreNeverReadAsZero() {
        Finding license = RuleRun.run(new T2V19ItemsDecisions(), ReportBuilder.v2019().blank(T2Cell.V19_LICENSE_PREV_ITEMS.ref())
                .t2(T2Cell.V19_LICENSE_DECISIONS, 73).build()).get(0);
        assertThat(license.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(license.messageZh()).contains("T2.LICENSE.PREV_ITEMS 为空白单元格");

        Finding rules = RuleRun.run(new T2RulesAuthority(), ReportBuilder.context(2022, AgencyLevel.TOWNSHIP),
                ReportBuilder.v2021().t2(T2Cell.REG_VALID, 5).blank(T2Cell.REG_MADE.ref()).build(), null).get(0);
        assertThat(rules.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(RuleRun.ids(rules)).containsExactly("T2.REG.VALID");
        assertThat(RuleRun.run(new T2RulesAuthority(), ReportBuilder.context(2022, AgencyLevel.TOWNSHIP),
                ReportBuilder.v2021().blank(T2Cell.REG_MADE.ref()).build(), null).get(0).outcome()).isEqualTo(Outcome.UNCERTAIN);
    }

    @Test
    void itemsDecisionsIsNotAssessableOnAMissingCellAndDoesNotApplyToV2021() {
        Finding f = RuleRun.run(new T2V19ItemsDecisions(), ReportBuilder.v2019().missing(T2Cell.V19_LICENSE_CHANGE.ref())
                .build()).get(0);
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(RuleRun.run(new T2V19ItemsDecisions(), ReportBuilder.v2021().build())).isEmpty();
    }

    @Test
    void publishedMayNotExceedTheCumulativeTotal() {
        List<Finding> findings = RuleRun.run(new T2V19PublishedLeTotal(), ReportBuilder.v2019()
                .t2(T2Cell.V19_REG_NEW_PUBLISHED, 7).t2(T2Cell.V19_REG_PUBLISHED_TOTAL, 7)
                .t2(T2Cell.V19_NORM_NEW_PUBLISHED, 5).t2(T2Cell.V19_NORM_PUBLISHED_TOTAL, 3).build());

        assertThat(findings).extracting(Finding::outcome).containsExactly(Outcome.PASS, Outcome.FAIL);
        assertThat(findings.get(1).expected()).isEqualTo("≤ 3");
        assertThat(findings.get(1).actual()).isEqualTo("5");
    }
}
