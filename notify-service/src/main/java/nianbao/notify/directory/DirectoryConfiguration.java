package nianbao.notify.directory;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.TopicSettings;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionTemplate;

/** The directory's tables, its relay to agency-directory, and the local seed. */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DirectoryConfiguration.class);

    @Bean
    AgencyTable agencyTable(JdbcClient jdbc, TransactionTemplate transaction) {
        return new AgencyTable(jdbc, transaction);
    }

    @Bean
    AccountTable accountTable(JdbcClient jdbc) {
        return new AccountTable(jdbc);
    }

    @Bean
    DirectoryRelay directoryRelay(AgencyTable agencies, KafkaOperations<Object, Object> kafka) {
        return new DirectoryRelay(agencies, kafka);
    }

    /** Declared by both services with the same settings (ingest-service reads it), whichever starts first. */
    @Bean
    NewTopic agencyDirectoryTopic(TopicSettings topics) {
        return topics.newTopic(Topics.AGENCY_DIRECTORY);
    }

    /** A malformed seed entry stops startup, naming it. */
    @Bean
    ApplicationRunner directorySeed(SeedProperties seed, AccountTable accounts, AgencyTable agencies, Clock clock) {
        return arguments -> {
            int added = 0;
            for (SeedProperties.SupervisorSeed supervisor : seed.supervisors()) {
                boolean webhook = supervisor.webhookUrl() != null && !supervisor.webhookUrl().isBlank();
                if (webhook && (supervisor.webhookSecret() == null || supervisor.webhookSecret().isBlank())) {
                    throw new IllegalArgumentException(
                            "supervisor " + supervisor.name() + " has a webhook URL but no secret to sign with");
                }
                if (accounts.seed(supervisor.login(), Account.Role.SUPERVISOR, supervisor.name(), supervisor.email(),
                        supervisor.passwordHash(), supervisor.regionCodes() == null ? List.of() : supervisor.regionCodes(),
                        supervisor.levels() == null ? Set.of() : supervisor.levels(),
                        webhook ? supervisor.webhookUrl() : null, webhook ? supervisor.webhookSecret() : null,
                        supervisor.dailyDigest())) added++;
            }
            for (SeedProperties.AdminSeed admin : seed.admins()) {
                if (accounts.seed(admin.login(), Account.Role.ADMIN, admin.name(), null, admin.passwordHash(),
                        List.of(), Set.of(), null, null, false)) added++;
            }
            for (SeedProperties.AgencySeed agency : seed.agencies()) {
                AgencyDraft.Checked checked = AgencyDraft.check(0, agency.id(), agency.name(), agency.regionCode(),
                        agency.level(), agency.parentGovernment());
                if (checked.draft() == null) {
                    throw new IllegalArgumentException("seed agency " + agency.id() + ": " + checked.problems());
                }
                if (agencies.seed(checked.draft(), agency.apiKeySha256(), clock.instant())) added++;
            }
            if (added > 0) log.info("directory seed: {} accounts and agencies added", added);
        };
    }
}
