package nianbao.validate.rules.table3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nianbao.report.tables.T3Row;
import nianbao.validate.engine.Finding;
import nianbao.validate.engine.Outcome;
import nianbao.validate.rules.ReportBuilder;
import nianbao.validate.rules.RuleRun;
import org.junit.jupiter.api.Test;

class T3OutcomeTotalTest {

    private final T3OutcomeTotal rule = new T3OutcomeTotal();

    /** longting sample: 3 disclosed + 2 partly + 11 not held = 16. */
    private ReportBuilder longting() {
        return ReportBuilder.v2021().t3(T3Row.R1, 16).t3(T3Row.R3_1, 3).t3(T3Row.R3_2, 2).t3(T3Row.R3_4_1, 11)
                .t3(T3Row.R3_7, 16);
    }

    @Test
    void passesWhenTheLeavesAddUpToTheTotalRow() {
        List<Finding> findings = RuleRun.run(rule, longting().build());

        assertThat(findings).hasSize(7).allMatch(f -> f.outcome() == Outcome.PASS);
        assertThat(findings.get(6).operands()).hasSize(22); // 21 leaves + （七）总计
        assertThat(findings.get(6).expected()).isEqualTo("16");
    }

    @Test
    void failsAWrongSeventhTotal() {
        // the county report of domain-spec §8: leaves sum to 27, （七）总计 says 21
        List<Finding> findings = RuleRun.run(rule, ReportBuilder.v2021().t3(T3Row.R3_1, 20).t3(T3Row.R3_5_2, 7)
                .t3(T3Row.R3_7, 21).build());

        Finding tot = findings.get(6);
        assertThat(tot.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(tot.expected()).isEqualTo("27");
        assertThat(tot.actual()).isEqualTo("21");
        assertThat(tot.operands().get(tot.operands().size() - 1).id()).isEqualTo("T3[R3.7][TOT]");
        assertThat(findings.get(0).outcome()).isEqualTo(Outcome.FAIL); // NAT column is wrong the same way
        assertThat(findings.subList(1, 6)).allMatch(f -> f.outcome() == Outcome.PASS);
    }

    @Test
    void v2019SumsTheSingleOtherProcessingRow() {
        List<Finding> findings = RuleRun.run(rule, ReportBuilder.v2019().t3(T3Row.R3_6, 2).t3(T3Row.R3_7, 2).build());

        assertThat(findings.get(6).outcome()).isEqualTo(Outcome.PASS);
        assertThat(findings.get(6).operands()).hasSize(20); // 19 leaves + （七）总计
    }

    @Test
    void aTruncatedTableIsNotAssessable() {
        // qidong: the table stops after R3.3.7
        ReportBuilder qidong = ReportBuilder.v2021().t3(T3Row.R1, 1);
        for (T3Row row : List.of(T3Row.R3_3_8, T3Row.R3_4_1, T3Row.R3_4_2, T3Row.R3_4_3, T3Row.R3_5_1, T3Row.R3_5_2,
                T3Row.R3_5_3, T3Row.R3_5_4, T3Row.R3_5_5, T3Row.R3_6_1, T3Row.R3_6_2, T3Row.R3_6_3, T3Row.R3_7, T3Row.R4)) {
            qidong.missingT3Row(row);
        }
        assertThat(RuleRun.run(rule, qidong.build())).hasSize(7).allMatch(f -> f.outcome() == Outcome.NOT_ASSESSABLE);
    }
}
