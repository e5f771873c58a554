package nianbao.notify.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JurisdictionTest {

    private static Agency agency(String region, String level) {
        return new Agency("a", "某机关", region, level);
    }

    @Test
    void provinceCodeCoversEveryCodeOfTheProvince() {
        Jurisdiction henan = new Jurisdiction(List.of("410000"), Set.of());
        assertThat(henan.covers(agency("410202", "COUNTY_DEPARTMENT"))).isTrue();
        assertThat(henan.covers(agency("410971", "TOWNSHIP"))).isTrue();
        assertThat(henan.covers(agency("410000", "PROVINCIAL_GOVERNMENT"))).isTrue();
        assertThat(henan.covers(agency("420202", "COUNTY_DEPARTMENT"))).isFalse();
    }

    @Test
    void cityCodeCoversItsDistrictsOnly() {
        Jurisdiction kaifeng = new Jurisdiction(List.of("410200"), Set.of());
        assertThat(kaifeng.covers(agency("410202", "COUNTY_DEPARTMENT"))).isTrue();
        assertThat(kaifeng.covers(agency("410200", "CITY_GOVERNMENT"))).isTrue();
        assertThat(kaifeng.covers(agency("410971", "TOWNSHIP"))).isFalse();
        assertThat(kaifeng.covers(agency("410302", "COUNTY_GOVERNMENT"))).isFalse();
    }

    @Test
    void countyCodeCoversOnlyItself() {
        Jurisdiction longting = new Jurisdiction(List.of("410202"), Set.of());
        assertThat(longting.covers(agency("410202", "TOWNSHIP"))).isTrue();
        assertThat(longting.covers(agency("410203", "TOWNSHIP"))).isFalse();
    }

    @Test
    void severalCodesAndLevelsNarrowTheJurisdiction() {
        Jurisdiction departments = new Jurisdiction(List.of("330300", "320600"), Set.of("CITY_DEPARTMENT"));
        assertThat(departments.covers(agency("330326", "CITY_DEPARTMENT"))).isTrue();
        assertThat(departments.covers(agency("320681", "CITY_DEPARTMENT"))).isTrue();
        assertThat(departments.covers(agency("330326", "TOWNSHIP"))).isFalse();
        assertThat(departments.covers(agency("330100", "CITY_DEPARTMENT"))).isFalse();
    }

    @Test
    void regionCodesMustHaveSixDigits() {
        assertThatThrownBy(() -> new Jurisdiction(List.of("4102"), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a jurisdiction region code has 6 digits: 4102");
    }
}
