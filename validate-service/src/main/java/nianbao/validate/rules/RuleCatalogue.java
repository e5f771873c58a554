package nianbao.validate.rules;

import java.util.List;
import nianbao.validate.engine.Rule;
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

/** Every rule of domain-spec §6.8, in catalogue order. */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    public static List<Rule> all() {
        return List.of(
                new T3Balance(), new T3RowSum(), new T3OutcomeTotal(), new T3Shape(), new T3Value(), new T3Blank(),
                new T4ReviewTotal(), new T4DirectTotal(), new T4PostReviewTotal(), new T4Shape(), new T4Value(),
                new T2Shape(), new T2Value(), new T2MoneyUnit(), new T2RulesAuthority(), new T2V19ItemsDecisions(),
                new T2V19PublishedLeTotal());
    }
}
