package nianbao.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.checker.CheckerEngine.Options;
import nianbao.parse.ReportParser;
import nianbao.report.AgencyLevel;
import nianbao.report.Cell;
import nianbao.report.CellSemantic;
import nianbao.report.FormatVersion;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.engine.Validator;
import nianbao.validate.engine.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, classes 3 and 5 through parser and validator: the format version is read from the tables' structure and a
 * mixed one is never a FAIL; a blank cell is never 0, so a table left partly empty gives no ERROR it does not contain;
 * a figure misread as letters is no number, so it gives none either.
 */
class VersionAndBlankCellsTest {

    private final CheckerEngine engine = new CheckerEngine(new ReportParser(), new Validator(RuleSetConfig.defaults()));

    private static final Options LONGTING = new Options("龙亭区人民政府办公室", 2022, AgencyLevel.COUNTY_DEPARTMENT, null);

    private CheckedReport check(String name, String text, Options options) {
        return engine.check(List.of(Samples.document(name, text)), options).get(0);
    }

    /** FAILs at WARNING or ERROR, as "RULE SEVERITY". */
    private static List<String> violations(CheckedReport r) {
        return r.validation().findings().stream().filter(f -> f.outcome() == Outcome.FAIL && f.severity() != Severity.INFO)
                .map(f -> f.ruleId() + " " + f.severity()).toList();
    }

    /**
     * longting in the 2021 format, but its （五） block keeps the 2019 header 上一年项目数量, its 收费 is 7730.28 万元 and its
     * overview names 政府集中采购 and 处理决定数量: read as V2021 by the majority of its table labels (7 to 1), mixed, so
     * S-VERSION is UNCERTAIN; the fee is a V2021 money cell (no T2-VALUE ERROR, no advice to write 采购总金额).
     */
    @Test
    void aV2021ReportWithOneLeftoverV2019HeaderIsMixedAndNeverFailsItsVersion() {
        String text = Samples.text("longting-gov-office-2022");
        text = Samples.edit(text, 6, "", "全年主动公开政府集中采购信息12条，行政许可、行政处罚处理决定数量等信息均按时公开。");
        text = Samples.edit(text, 36, "信息内容\t本年处理决定数量\t\t", "信息内容\t上一年项目数量\t\t");
        text = Samples.edit(text, 44, "行政事业性收费\t0\t\t", "行政事业性收费\t7730.28\t\t");
        CheckedReport r = check("longting-mixed.txt", text, LONGTING);

        assertThat(r.report().version()).isEqualTo(FormatVersion.V2021);
        Finding version = r.validation().findings("S-VERSION").get(0);
        assertThat(version.outcome()).isEqualTo(Outcome.UNCERTAIN);
        assertThat(r.validation().findings("P-VERSION-MIXED")).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("1 of V2019, 7 of V2021; read as V2021 by the majority"));
        assertThat(violations(r)).isEmpty();
        assertThat(r.validation().verdict()).isEqualTo(Verdict.PASS);

        Cell fee = r.report().cell(CellRef.parse("T2.FEE.AMOUNT_WANYUAN"));
        assertThat(fee.value()).isEqualByComparingTo("7730.28");
        assertThat(fee.isCertain()).isTrue();
        assertThat(r.validation().findings("T2-VALUE").get(0).outcome()).isEqualTo(Outcome.PASS);
        // the value under the stray header is placed by position, not certain
        Cell license = r.report().cell(CellRef.parse("T2.LICENSE.DECISIONS"));
        assertThat(license.value()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(license.confidence()).isEqualTo(0.6);
        assertThat(r.report().labelVariants()).noneMatch(v -> v.canonical().contains("采购总金额"));
    }

    /** kunwu's clean 2019-format tables in a report for 2023: a real S-VERSION violation, and an ERROR. */
    @Test
    void cleanV2019TablesInA2023ReportStayAnError() {
        CheckedReport r = check("kunwu-2023.txt", Samples.text("kunwu-office-2020"),
                new Options("昆吾办", 2023, AgencyLevel.TOWNSHIP, null));

        assertThat(r.report().hasDiagnostic("P-VERSION-MIXED")).isFalse();
        Finding version = r.validation().findings("S-VERSION").get(0);
        assertThat(version.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(version.severity()).isEqualTo(Severity.ERROR);
        assertThat(version.expected()).isEqualTo("V2021");
        assertThat(version.actual()).isEqualTo("V2019");
        assertThat(r.validation().verdict()).isEqualTo(Verdict.FAIL);
    }

    /**
     * longting with 2 applications carried over from last year and its row 四、结转下年度继续办理 left empty: read as 0
     * the empty row gave T3-BALANCE ERRORs (16 + 2 ≠ 16 + 0). The row is present, its cells blank, and every check
     * on it is UNCERTAIN; T3-BLANK lists the blanks.
     */
    @Test
    void anEmptyCarriedForwardRowIsPresentAndGivesNoError() {
        String text = Samples.text("longting-gov-office-2022");
        text = Samples.edit(text, 54, "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t",
                "二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2\t");
        text = Samples.edit(text, 77, "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0\t", "四、结转下年度继续办理\t\t\t\t\t\t\t\t\t");
        CheckedReport r = check("longting-blank-row.txt", text, LONGTING);

        for (T3Column c : T3Column.values()) {
            assertThat(r.report().cell(CellRef.t3(T3Row.R4, c)).semantic()).as(c.name()).isEqualTo(CellSemantic.BLANK);
        }
        assertThat(violations(r)).isEmpty();
        assertThat(r.validation().verdict()).isEqualTo(Verdict.PASS);
        List<Finding> balance = r.validation().findings("T3-BALANCE");
        assertThat(balance).extracting(Finding::outcome).containsOnly(Outcome.UNCERTAIN);
        assertThat(balance.get(6).expected()).isEqualTo("18");
        assertThat(balance.get(6).actual()).isEqualTo("16");
        assertThat(r.validation().findings("T3-ROWSUM")).filteredOn(f -> f.operands().get(0).id().equals("T3[R4][NAT]"))
                .singleElement().satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.UNCERTAIN));
        assertThat(r.validation().findings("T3-SHAPE").get(0).outcome()).isEqualTo(Outcome.PASS);
        assertThat(r.validation().findings("T3-BLANK")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.messageZh()).contains("T3[R4][NAT]", "T3[R4][TOT]", "空白不按 0 计算");
        });
        assertThat(r.validation().keyFigures().get("T3[R4][TOT]")).isNull();
    }
    /**
     * Figures text recognition misread as letters: 16 as {@code l6} in row 一's 总计, 0 as {@code O} in row 二's 自然人.
     * Each is a value in its column that is no number — not a label that would start a row and leave row 一 six values
     * whose last, 其他's 0, would be taken for its 总计 (a false T3-ROWSUM ERROR) — so the rules on it are not FAIL.
     */
    @Test
    void digitsMisreadAsLettersAreNoNumberAndGiveNoError() {
        String text = Samples.text("longting-gov-office-2022");
        text = Samples.edit(text, 53, "一、本年新收政府信息公开申请数量\t\t16\t0\t0\t0\t0\t0\t16\t",
                "一、本年新收政府信息公开申请数量\t\t16\t0\t0\t0\t0\t0\tl6\t");
        text = Samples.edit(text, 54, "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t",
                "二、上年结转政府信息公开申请数量\t\tO\t0\t0\t0\t0\t0\t0\t");
        CheckedReport r = check("longting-misread.txt", text, LONGTING);

        Cell total = r.report().cell(CellRef.t3(T3Row.R1, T3Column.TOT));
        assertThat(total.semantic()).isEqualTo(CellSemantic.TEXT);
        assertThat(total.raw()).isEqualTo("l6");
        assertThat(r.report().cell(CellRef.t3(T3Row.R1, T3Column.NAT)).value()).isEqualByComparingTo("16");
        assertThat(r.report().cell(CellRef.t3(T3Row.R1, T3Column.OTH)).value()).isEqualByComparingTo("0");
        assertThat(r.report().cell(CellRef.t3(T3Row.R2, T3Column.NAT)).raw()).isEqualTo("O");
        for (T3Row row : List.of(T3Row.R1, T3Row.R2)) {
            assertThat(r.validation().findings("T3-ROWSUM")).filteredOn(f -> f.operands().get(0).id().equals("T3[" + row.id() + "][NAT]"))
                    .singleElement().satisfies(f -> assertThat(f.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE));
        }
        assertThat(r.validation().findings("T3-VALUE")).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.UNCERTAIN);
            assertThat(f.operands()).extracting(o -> o.id()).containsExactly("T3[R1][TOT]", "T3[R2][NAT]");
        });
        assertThat(violations(r)).isEmpty();
    }
}
