package nianbao.ingest.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nianbao.events.AgencyLevel;
import org.junit.jupiter.api.Test;

class AgencyRegistryTest {

    private static final String HASH = "c93024cba49f97219902788207c124fe0e8409eba1b3cf3a32379729a6e6be15";

    @Test
    void theKeyDigestIsTheSha256OfTheKey() {
        assertThat(ApiKeys.sha256Hex("longting-gov-office-key")).isEqualTo(HASH);
    }

    @Test
    void aRegionCodeMustHaveSixDigits() {
        assertThatThrownBy(() -> new Agency("kunwu-office", "昆吾街道办事处", "41097", AgencyLevel.TOWNSHIP, null, HASH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agency kunwu-office: regionCode '41097' must be a 6-digit 行政区划代码");
        assertThatThrownBy(() -> new Agency("kunwu-office", "昆吾街道办事处", "41097a", AgencyLevel.TOWNSHIP, null, HASH))
                .hasMessage("agency kunwu-office: regionCode '41097a' must be a 6-digit 行政区划代码");
    }

    @Test
    void aKeyIsKnownOnlyAsADigestNotInClear() {
        assertThatThrownBy(() -> new Agency("kunwu-office", "昆吾街道办事处", "410971", AgencyLevel.TOWNSHIP, null,
                "kunwu-office-key"))
                .hasMessage("agency kunwu-office: apiKeySha256 must be the lower-case hex SHA-256 of the agency's API key");
    }

    @Test
    void anAgencyMayHaveNoKeyYet() {
        assertThat(new Agency("kunwu-office", "昆吾街道办事处", "410971", AgencyLevel.TOWNSHIP, null, null).apiKeySha256())
                .isNull();
    }

    @Test
    void aLevelIsRequired() {
        assertThatThrownBy(() -> new Agency("kunwu-office", "昆吾街道办事处", "410971", AgencyLevel.UNKNOWN, null, HASH))
                .hasMessage("agency kunwu-office: level is required (one of the AgencyLevel symbols)");
    }
}
