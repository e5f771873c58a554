package nianbao.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nianbao.report.RuleTitles;
import nianbao.validate.engine.Rule;
import nianbao.validate.engine.Validator;
import org.junit.jupiter.api.Test;

/** Every id a finding can carry has a Chinese title for the screens that list rules (report-model's RuleTitles). */
class RuleTitlesTest {

    @Test
    void everyRuleOfTheCatalogueAndEveryOutcomeOfTheValidatorHasATitle() {
        List<String> ids = new ArrayList<>(RuleCatalogue.all().stream().map(Rule::id).toList());
        ids.add(Validator.UNREADABLE);
        ids.add(Validator.NOT_A_REPORT);

        assertThat(ids).hasSize(49).allSatisfy(id -> assertThat(RuleTitles.of(id)).as(id).isPresent());
    }

    @Test
    void aRuleThisBuildDoesNotKnowIsNamedByItsId() {
        assertThat(RuleTitles.zh("T3-BALANCE")).isEqualTo("表三：新收＋上年结转＝办理结果总计＋结转下年度");
        assertThat(RuleTitles.zh("Z-NEW")).isEqualTo("规则 Z-NEW");
    }
}
