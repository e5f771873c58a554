package nianbao.ingest.agencies;

import java.util.List;
import java.util.Optional;
import nianbao.events.AgencyLevel;
import nianbao.ingest.directory.DirectoryConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Two of the sample agencies, with their local keys "<id>-key", and an in-memory registry for the unit and web-layer
 * tests (the real one is the {@code agency} table, tested on PostgreSQL by {@code AgencyTableTest}).
 */
public final class TestAgencies {

    public static final Agency LONGTING = new Agency("longting-gov-office", "龙亭区人民政府办公室", "410202",
            AgencyLevel.COUNTY_DEPARTMENT, "开封市龙亭区人民政府",
            "c93024cba49f97219902788207c124fe0e8409eba1b3cf3a32379729a6e6be15");
    public static final Agency KUNWU = new Agency("kunwu-office", "昆吾街道办事处", "410971", AgencyLevel.TOWNSHIP,
            "濮阳经济技术开发区", "4e91381ba37a929a6e564fb0a79749ad5154fb105ef8acafcf4bfa66626badae");

    private TestAgencies() {
    }

    public static AgencyRegistry registry() {
        return new InMemory(List.of(LONGTING, KUNWU));
    }

    /** For {@code @WebMvcTest}s: the local profile's seed agencies, without a database. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DirectoryConfiguration.SeedProperties.class)
    public static class Seeded {

        @Bean
        AgencyRegistry agencyRegistry(DirectoryConfiguration.SeedProperties seed) {
            return new InMemory(seed.agencies());
        }
    }

    record InMemory(List<Agency> all) implements AgencyRegistry {

        @Override
        public Optional<Agency> find(String agencyId) {
            return all.stream().filter(agency -> agency.id().equals(agencyId)).findFirst();
        }

        @Override
        public Optional<Agency> holderOf(String apiKey) {
            String digest = ApiKeys.sha256Hex(apiKey);
            return all.stream().filter(agency -> digest.equals(agency.apiKeySha256())).findFirst();
        }
    }
}
