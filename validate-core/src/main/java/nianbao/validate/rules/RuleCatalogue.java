package nianbao.validate.rules;

import java.util.ArrayList;
import java.util.List;
import nianbao.validate.engine.Rule;
import nianbao.validate.rules.crossyear.XCarry;
import nianbao.validate.rules.crossyear.XCopy;
import nianbao.validate.rules.crossyear.XRegdoc;
import nianbao.validate.rules.crossyear.XV19Items;
import nianbao.validate.rules.crossyear.XV19Published;
import nianbao.validate.rules.diagnostics.ParseDiagnostic;
import nianbao.validate.rules.narrative.NApplyBreakdown;
import nianbao.validate.rules.narrative.NApplyTotal;
import nianbao.validate.rules.narrative.NCarry;
import nianbao.validate.rules.narrative.NClosedTotal;
import nianbao.validate.rules.narrative.NLitigation;
import nianbao.validate.rules.narrative.NOutcome;
import nianbao.validate.rules.narrative.NPercent;
import nianbao.validate.rules.narrative.NRegdoc;
import nianbao.validate.rules.narrative.NReview;
import nianbao.validate.rules.narrative.NSum;
import nianbao.validate.rules.structure.SDeadline;
import nianbao.validate.rules.structure.SFee;
import nianbao.validate.rules.structure.SLabels;
import nianbao.validate.rules.structure.SOverviewTopics;
import nianbao.validate.rules.structure.SPeriod;
import nianbao.validate.rules.structure.SSectionOrder;
import nianbao.validate.rules.structure.SSections;
import nianbao.validate.rules.structure.STitle;
import nianbao.validate.rules.structure.SVersion;
import nianbao.validate.rules.structure.SYear;
import nianbao.validate.rules.table2.T2MoneyUnit;
import nianbao.validate.rules.table2.T2RulesAuthority;
import nianbao.validate.rules.table2.T2Shape;
import nianbao.validate.rules.table2.T2V19ItemsDecisions;
import nianbao.validate.rules.table2.T2V19PublishedLeTotal;
import nianbao.validate.rules.table2.T2Value;
import nianbao.validate.rules.table3.T3Balance;
import nianbao.validate.rules.table3.T3Blank;
import nianbao.validate.rules.table3.T3OutcomeTotal;
import nianbao.validate.rules.table3.T3RowSum;
import nianbao.validate.rules.table3.T3Shape;
import nianbao.validate.rules.table3.T3Value;
import nianbao.validate.rules.table4.T4DirectTotal;
import nianbao.validate.rules.table4.T4PostReviewTotal;
import nianbao.validate.rules.table4.T4ReviewTotal;
import nianbao.validate.rules.table4.T4Shape;
import nianbao.validate.rules.table4.T4Value;

/** Every rule of domain-spec §6.8 and the parse diagnostics of §6.7, in catalogue order. */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    public static List<Rule> all() {
        List<Rule> rules = new ArrayList<>(List.of(
                new T3Balance(), new T3RowSum(), new T3OutcomeTotal(), new T3Shape(), new T3Value(), new T3Blank(),
                new T4ReviewTotal(), new T4DirectTotal(), new T4PostReviewTotal(), new T4Shape(), new T4Value(),
                new T2Shape(), new T2Value(), new T2MoneyUnit(), new T2RulesAuthority(), new T2V19ItemsDecisions(),
                new T2V19PublishedLeTotal(),
                new NApplyTotal(), new NApplyBreakdown(), new NClosedTotal(), new NCarry(), new NOutcome(), new NPercent(),
                new NReview(), new NLitigation(), new NRegdoc(), new NSum(),
                new XCarry(), new XRegdoc(), new XV19Items(), new XV19Published(), new XCopy(),
                new SVersion(), new SSections(), new SSectionOrder(), new SOverviewTopics(), new STitle(), new SPeriod(),
                new SYear(), new SFee(), new SDeadline(), new SLabels()));
        rules.addAll(ParseDiagnostic.all());
        return List.copyOf(rules);
    }
}
