package nianbao.validate.rules.narrative;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.FactKind;
import nianbao.report.FormatVersion;
import nianbao.report.NarrativeFact;
import nianbao.report.tables.CellRef;
import nianbao.report.tables.T3Column;
import nianbao.report.tables.T3Row;
import nianbao.validate.engine.Evaluation;
import nianbao.validate.engine.Outcome;
import nianbao.validate.engine.RuleInput;
import nianbao.validate.engine.Severity;
import nianbao.validate.rules.CatalogueRule;
import nianbao.validate.rules.Checks;
import nianbao.validate.rules.Checks.Subject;
import nianbao.validate.rules.Reading;
import nianbao.validate.rules.Readings;

/**
 * The number of applications the narrative says were received equals table 三 row 一 (新收). A figure equal to
 * 新收 + 上年结转 is the common habit of counting both (WARNING); any other figure is an ERROR. "未收到…申请"
 * requires row 一 to be 0. The parser only yields APPLICATIONS_RECEIVED for 收到/受理/接收 + 申请 sentences, so
 * 依申请公开 used as a document attribute (chaoyang's trap) never reaches this rule.
 */
public final class NApplyTotal extends CatalogueRule {

    private static final CellRef RECEIVED = CellRef.t3(T3Row.R1, T3Column.TOT);
    private static final Subject SUBJECT = new Subject("正文所述收到政府信息公开申请数与表三“本年新收”总计",
            "Applications received per the narrative vs table 3 row 一 total");

    public NApplyTotal() {
        super("N-APPLY-TOTAL", Severity.ERROR, "N:APPLICATIONS_RECEIVED = T3[R1][TOT] (= T3[R1][TOT] + T3[R2][TOT]: WARNING)",
                ALL_VERSIONS);
    }

    @Override
    public List<CellRef> reads(FormatVersion version) {
        return List.of(CellRef.t3(T3Row.R1, T3Column.TOT), CellRef.t3(T3Row.R2, T3Column.TOT));
    }

    @Override
    public List<Evaluation> evaluate(RuleInput input) {
        Reading received = Readings.cell(input, RECEIVED);
        Reading carried = Readings.cell(input, CellRef.t3(T3Row.R2, T3Column.TOT));
        List<Evaluation> findings = new ArrayList<>();
        for (NarrativeFact fact : input.report().facts(FactKind.APPLICATIONS_RECEIVED)) {
            Evaluation plain = NarrativeChecks.againstTable(input, SUBJECT, fact, List.of(RECEIVED), null);
            if (plain.outcome() == Outcome.FAIL && !carried.isMissing()
                    && received.value().add(carried.value()).compareTo(fact.value()) == 0) {
                Reading stated = Readings.fact(fact);
                List<Reading> readings = List.of(received, carried, stated);
                plain = Checks.judge(SUBJECT, readings, false, Severity.WARNING, "T3[R1][TOT] = N:APPLICATIONS_RECEIVED",
                        received.text(), stated.text(),
                        "正文的 " + stated.text() + " 件是本年新收 " + received.text() + " 件与上年结转 " + carried.text()
                                + " 件之和，应写明本年新收申请 " + received.text() + " 件",
                        "the narrative's " + stated.text() + " counts new (" + received.text() + ") plus carried-over ("
                                + carried.text() + ") applications; the year's new applications are " + received.text())
                        .withQuote(fact.quote());
            }
            findings.add(plain);
        }
        for (NarrativeFact fact : input.report().facts(FactKind.APPLICATIONS_NONE)) {
            findings.add(NarrativeChecks.againstTable(input, new Subject("正文称未收到政府信息公开申请，表三“本年新收”总计应为 0",
                    "The narrative says no application was received: table 3 row 一 total must be 0"), fact,
                    List.of(RECEIVED), null));
        }
        return findings;
    }
}
