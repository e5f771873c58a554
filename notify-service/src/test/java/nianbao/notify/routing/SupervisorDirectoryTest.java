package nianbao.notify.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The five sample agencies against the default supervisors of the local configuration. */
class SupervisorDirectoryTest {

    private static Supervisor supervisor(String username, String code) {
        return new Supervisor(username, username, username + "@example.org", null, null,
                new Jurisdiction(List.of(code), Set.of()), false);
    }

    private final SupervisorDirectory directory = SupervisorDirectory.of(List.of(
            supervisor("kaifeng-gongkai", "410200"), supervisor("henan-gongkai", "410000"),
            supervisor("chaoyang-gongkai", "211300"), supervisor("zhejiang-gongkai", "330000"),
            supervisor("nantong-gongkai", "320600")));

    private List<String> responsibleFor(String region, String level) {
        return directory.responsibleFor(new Agency("x", "x", region, level)).stream().map(Supervisor::username).toList();
    }

    @Test
    void routesEachSampleAgencyToEverySupervisorCoveringIt() {
        assertThat(responsibleFor("410202", "COUNTY_DEPARTMENT")).containsExactly("kaifeng-gongkai", "henan-gongkai");
        assertThat(responsibleFor("410971", "TOWNSHIP")).containsExactly("henan-gongkai");
        assertThat(responsibleFor("211300", "CITY_DEPARTMENT")).containsExactly("chaoyang-gongkai");
        assertThat(responsibleFor("330326", "TOWNSHIP")).containsExactly("zhejiang-gongkai");
        assertThat(responsibleFor("320681", "TOWNSHIP")).containsExactly("nantong-gongkai");
        assertThat(responsibleFor("110101", "COUNTY_GOVERNMENT")).isEmpty();
    }

    @Test
    void findsSupervisorsByLogin() {
        assertThat(directory.byUsername("nantong-gongkai")).map(Supervisor::email)
                .contains("nantong-gongkai@example.org");
        assertThat(directory.byUsername("nobody")).isEmpty();
    }
}
