package nianbao.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.checker.CheckerEngine.CheckedReport;
import nianbao.checker.CheckerEngine.Options;
import nianbao.parse.ReportParser;
import nianbao.report.AgencyLevel;
import nianbao.validate.config.RuleSetConfig;
import nianbao.validate.engine.Attribution;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Operand;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.Severity;
import nianbao.validate.engine.Validator;
import nianbao.validate.engine.Verdict;
import org.junit.jupiter.api.Test;

/** Errors injected into the samples (issue 4 "Done when") each produce the right FAIL with the right operands. */
class InjectedErrorsTest {

    private final CheckerEngine engine = new CheckerEngine(new ReportParser(), new Validator(RuleSetConfig.defaults()));

    private static final Options JINPING = new Options("锦屏街道", null, AgencyLevel.TOWNSHIP, null);
    private static final Options LONGTING = new Options("龙亭区人民政府办公室", 2022, AgencyLevel.COUNTY_DEPARTMENT, null);

    private static List<String> violations(CheckedReport r) {
        return r.validation().findings().stream().filter(f -> f.outcome() == Outcome.FAIL && f.severity() != Severity.INFO)
                .map(f -> f.ruleId() + " " + f.severity() + " " + f.operands().get(0).id()).toList();
    }

    private static List<String> operands(Finding f) {
        return f.operands().stream().map(o -> o.id() + "=" + (o.value() == null ? "?" : o.value().toPlainString())).toList();
    }

    private static Finding failing(CheckedReport r, String rule, String firstOperand) {
        return r.validation().findings(rule).stream()
                .filter(f -> f.outcome() == Outcome.FAIL && f.operands().get(0).id().equals(firstOperand))
                .findFirst().orElseThrow();
    }

    @Test
    void aWrongSeventhTotalFailsTheRowTheOutcomeTotalAndTheBalance() {
        // jinping line 330 is the 总计 cell of （七）总计: 5 → 6
        String text = Samples.edit(Samples.text("jinping-street-2022"), 330, "\t5", "\t6");
        CheckedReport r = engine.check(List.of(Samples.document("jinping-street-2022.txt", text)), JINPING).get(0);

        assertThat(r.validation().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(violations(r)).containsExactly("T3-BALANCE ERROR T3[R1][TOT]", "T3-ROWSUM ERROR T3[R3.7][NAT]",
                "T3-OUTCOME-TOTAL ERROR T3[R3.1][TOT]", "N-CLOSED-TOTAL WARNING T3[R3.7][TOT]");
        Finding balance = failing(r, "T3-BALANCE", "T3[R1][TOT]");
        assertThat(operands(balance)).containsExactly("T3[R1][TOT]=5", "T3[R2][TOT]=0", "T3[R3.7][TOT]=6", "T3[R4][TOT]=0");
        assertThat(balance.expected()).isEqualTo("5");
        assertThat(balance.actual()).isEqualTo("6");
        Finding rowSum = failing(r, "T3-ROWSUM", "T3[R3.7][NAT]");
        assertThat(operands(rowSum)).containsExactly("T3[R3.7][NAT]=5", "T3[R3.7][COM]=0", "T3[R3.7][SCI]=0",
                "T3[R3.7][NGO]=0", "T3[R3.7][LAW]=0", "T3[R3.7][OTH]=0", "T3[R3.7][TOT]=6");
        assertThat(rowSum.quote()).isEqualTo("（七）总计 … 5");
        Finding outcomeTotal = failing(r, "T3-OUTCOME-TOTAL", "T3[R3.1][TOT]");
        assertThat(outcomeTotal.expected()).isEqualTo("5");
        assertThat(outcomeTotal.actual()).isEqualTo("6");
        assertThat(outcomeTotal.operands()).hasSize(22);
        Finding closed = failing(r, "N-CLOSED-TOTAL", "T3[R3.7][TOT]");
        assertThat(operands(closed)).containsExactly("T3[R3.7][TOT]=6", "N:APPLICATIONS_CLOSED=5");
        assertThat(closed.quote()).contains("依法办结依申请公开信息5件");
    }

    @Test
    void aTableFourTotalLeftAtZeroFailsItsGroup() {
        // longting line 84: 复议 4 + 3 + 5 + 0 recorded as 0 instead of 12
        String text = Samples.edit(Samples.text("longting-gov-office-2022"), 84,
                "4\t3\t5\t0\t12\t3\t2\t0\t0\t5\t2\t0\t0\t0\t2", "4\t3\t5\t0\t0\t3\t2\t0\t0\t5\t2\t0\t0\t0\t2");
        CheckedReport r = engine.check(List.of(Samples.document("longting-gov-office-2022.txt", text)), LONGTING).get(0);

        assertThat(r.validation().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(violations(r)).containsExactly("T4-REVIEW-TOTAL ERROR T4[RV.MAINTAIN]");
        Finding f = failing(r, "T4-REVIEW-TOTAL", "T4[RV.MAINTAIN]");
        assertThat(operands(f)).containsExactly("T4[RV.MAINTAIN]=4", "T4[RV.CORRECT]=3", "T4[RV.OTHER]=5", "T4[RV.PENDING]=0",
                "T4[RV.TOTAL]=0");
        assertThat(f.expected()).isEqualTo("12");
        assertThat(f.actual()).isEqualTo("0");
        assertThat(f.attribution()).isEqualTo(Attribution.REPORT);
        assertThat(f.quote()).startsWith("结果维持").endsWith(" … 4\t3\t5\t0\t0\t3\t2\t0\t0\t5\t2\t0\t0\t0\t2");
        assertThat(r.validation().keyFigures().get("T4[RV.TOTAL]")).isEqualTo("0");
    }

    @Test
    void aNarrativeCountContradictingTheTableIsAnError() {
        String line15 = Samples.text("longting-gov-office-2022").lines().skip(14).findFirst().orElseThrow();
        String text = Samples.edit(Samples.text("longting-gov-office-2022"), 15, line15,
                line15.replace("共计收到政府信息公开申请16件", "共计收到政府信息公开申请17件"));
        CheckedReport r = engine.check(List.of(Samples.document("longting-gov-office-2022.txt", text)), LONGTING).get(0);

        assertThat(r.validation().verdict()).isEqualTo(Verdict.FAIL);
        Finding f = failing(r, "N-APPLY-TOTAL", "T3[R1][TOT]");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(operands(f)).containsExactly("T3[R1][TOT]=16", "N:APPLICATIONS_RECEIVED=17");
        assertThat(f.expected()).isEqualTo("16");
        assertThat(f.actual()).isEqualTo("17");
        assertThat(f.quote()).contains("共计收到政府信息公开申请17件");
        // the channel split 1 + 3 + 12 no longer adds up to the stated 17 either
        assertThat(violations(r)).containsExactly("N-APPLY-TOTAL ERROR T3[R1][TOT]",
                "N-APPLY-BREAKDOWN WARNING N:APPLICATIONS_BY_CHANNEL[1]");
    }

    @Test
    void aPriorYearWhoseCarriedForwardDiffersFailsTheCarryOver() {
        // a 2021 jinping report that carried 2 natural-person applications forward (R4 NAT and TOT, lines 333 and 339)
        String y2021 = Samples.edit(Samples.text("jinping-street-2022"), 1, "锦屏街道2022年政府信息公开年度报告",
                "锦屏街道2021年政府信息公开年度报告");
        y2021 = Samples.edit(y2021, 333, "\t0", "\t2");
        y2021 = Samples.edit(y2021, 339, "\t0", "\t2");
        List<CheckedReport> checked = engine.check(List.of(Samples.document("jinping-street-2022"),
                Samples.document("jinping-street-2021.txt", y2021)), JINPING);
        CheckedReport r = checked.get(0);

        assertThat(r.context().reportYear()).isEqualTo(2022);
        assertThat(checked.get(1).context().reportYear()).isEqualTo(2021);
        assertThat(r.validation().verdict()).isEqualTo(Verdict.FAIL);
        // the 2021 text is a copy of 2022's, so sections 一 and 五 are also flagged as copied
        assertThat(violations(r)).containsExactly("X-CARRY ERROR T3[R4][NAT]@2021", "X-CARRY ERROR T3[R4][TOT]@2021",
                "X-COPY WARNING SECTION:一", "X-COPY WARNING SECTION:五");
        Finding carry = failing(r, "X-CARRY", "T3[R4][TOT]@2021");
        assertThat(operands(carry)).containsExactly("T3[R4][TOT]@2021=2", "T3[R2][TOT]=0");
        assertThat(carry.expected()).isEqualTo("2");
        assertThat(carry.actual()).isEqualTo("0");
        assertThat(carry.operands().get(0).span().line()).isEqualTo(339);
        assertThat(r.validation().findings("X-CARRY").stream().filter(f -> f.outcome() == Outcome.PASS)).hasSize(5);
    }

    @Test
    void theSameReportsWithoutTheInjectedErrorsPass() {
        List<CheckedReport> checked = engine.check(List.of(Samples.document("jinping-street-2022")), JINPING);
        assertThat(checked.get(0).validation().verdict()).isEqualTo(Verdict.PASS);
        assertThat(violations(checked.get(0))).isEmpty();
        assertThat(checked.get(0).validation().findings("X-CARRY")).extracting(Finding::operands)
                .containsExactly(List.of(Operand.item("REPORT@2021")));
    }
}
