package nianbao.validate.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import nianbao.report.AgencyLevel;
import nianbao.validate.engine.Severity;
import org.junit.jupiter.api.Test;

class RuleSetConfigTest {

    @Test
    void defaultsCarryTheBaseVersionAndTheStatutoryDeadlines() {
        RuleSetConfig d = RuleSetConfig.defaults();
        assertThat(d.ruleSetVersion()).isEqualTo("2026.1");
        assertThat(d.deadlineFor(AgencyLevel.CITY_DEPARTMENT, "210000")).isEqualTo(Deadline.DEPARTMENT);
        assertThat(d.deadlineFor(AgencyLevel.MINISTRY, null)).isEqualTo(Deadline.DEPARTMENT);
        assertThat(d.deadlineFor(AgencyLevel.COUNTY_GOVERNMENT, "410202")).isEqualTo(Deadline.LOCAL_GOVERNMENT);
        assertThat(d.deadlineFor(AgencyLevel.TOWNSHIP, "330000")).isEqualTo(new Deadline(MonthDay.of(1, 31), MonthDay.of(3, 31)));
        assertThat(d.deadlineFor(AgencyLevel.UNKNOWN, "330000")).isNull();
    }

    @Test
    void theLongestMatchingLocalDeadlineWins() {
        Deadline hunan = new Deadline(null, MonthDay.of(2, 28));
        Deadline huaihua = new Deadline(null, MonthDay.of(2, 20));
        RuleSetConfig c = new RuleSetConfig("2026.1", Map.of(), List.of(new LocalDeadline("43", AgencyLevel.TOWNSHIP, hunan),
                new LocalDeadline("4312", AgencyLevel.TOWNSHIP, huaihua)));
        assertThat(c.deadlineFor(AgencyLevel.TOWNSHIP, "431202")).isEqualTo(huaihua);
        assertThat(c.deadlineFor(AgencyLevel.TOWNSHIP, "430100")).isEqualTo(hunan);
        assertThat(c.deadlineFor(AgencyLevel.CITY_DEPARTMENT, "431202")).isEqualTo(Deadline.DEPARTMENT);
    }

    @Test
    void overridesMergeFromShortToLongPrefix() {
        RuleSetConfig c = new RuleSetConfig("2026.1", Map.of("", Map.of("S-TITLE", RuleOverride.disable()),
                "44", Map.of("S-PERIOD", RuleOverride.severity(Severity.INFO), "S-TITLE", RuleOverride.severity(Severity.WARNING))),
                List.of());
        assertThat(c.overridesFor("440100")).containsOnlyKeys("S-TITLE", "S-PERIOD");
        assertThat(c.overridesFor("440100").get("S-TITLE")).isEqualTo(RuleOverride.severity(Severity.WARNING));
        assertThat(c.overridesFor("110000")).containsOnlyKeys("S-TITLE");
        assertThat(c.overridesFor(null).get("S-TITLE").disabled()).isTrue();
    }

    @Test
    void theVersionChangesWithTheConfigurationAndIsStableForEqualOnes() {
        RuleSetConfig a = new RuleSetConfig("2026.1", Map.of("44", Map.of("S-TITLE", RuleOverride.disable())), List.of());
        RuleSetConfig same = new RuleSetConfig("2026.1", Map.of("44", Map.of("S-TITLE", RuleOverride.disable())), List.of());
        RuleSetConfig other = new RuleSetConfig("2026.1", Map.of("44", Map.of("S-TITLE", RuleOverride.severity(Severity.INFO))), List.of());
        RuleSetConfig deadline = new RuleSetConfig("2026.1", Map.of(), List.of(
                new LocalDeadline("4312", AgencyLevel.TOWNSHIP, new Deadline(null, MonthDay.of(2, 20)))));

        assertThat(a.ruleSetVersion()).matches("2026\\.1\\+[0-9a-f]{8}").isEqualTo(same.ruleSetVersion());
        assertThat(other.ruleSetVersion()).isNotEqualTo(a.ruleSetVersion());
        assertThat(deadline.ruleSetVersion()).isNotEqualTo(a.ruleSetVersion()).startsWith("2026.1+");
    }
}
