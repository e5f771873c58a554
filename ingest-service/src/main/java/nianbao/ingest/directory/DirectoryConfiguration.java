package nianbao.ingest.directory;

import java.time.Clock;
import java.util.List;
import nianbao.ingest.agencies.Agency;
import nianbao.ingest.agencies.AgencyTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The registry is the {@code agency} table, filled from the agency-directory topic. {@code nianbao.agencies} is only
 * a seed for the {@code local} profile (the five sample agencies and the digests of their local keys): never set in
 * the default configuration, so a deployment starts with no agency and no key but those the directory publishes.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(DirectoryConfiguration.SeedProperties.class)
public class DirectoryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DirectoryConfiguration.class);

    /** A malformed seed entry stops startup naming the agency (the {@link Agency} constructor's checks). */
    @ConfigurationProperties("nianbao")
    public record SeedProperties(List<Agency> agencies) {

        public SeedProperties {
            agencies = agencies == null ? List.of() : List.copyOf(agencies);
        }
    }

    @Bean
    AgencyTable agencyRegistry(JdbcClient jdbc) {
        return new AgencyTable(jdbc);
    }

    @Bean
    KeyUseAudit keyUseAudit(JdbcTemplate jdbc, Clock clock) {
        return new KeyUseAudit(jdbc, clock);
    }

    @Bean
    ApplicationRunner agencySeed(SeedProperties seed, AgencyTable agencies, Clock clock) {
        return arguments -> {
            long added = seed.agencies().stream().filter(agency -> agencies.seed(agency, clock.instant())).count();
            if (!seed.agencies().isEmpty()) {
                log.info("agency seed: {} of {} agencies added (the others were there already)", added,
                        seed.agencies().size());
            }
        };
    }
}
