package nianbao.validate.events;

import java.time.Clock;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.ReportTopicsKafkaConfiguration;
import nianbao.validate.engine.Validator;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import(ReportTopicsKafkaConfiguration.class)
class ValidateServiceConfiguration {

    @Bean
    Validator validator(RuleSetProperties rules) {
        return new Validator(rules.toConfig());
    }

    @Bean
    LatestReports latestReports() {
        return new LatestReports();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    NewTopic reportValidatedTopic(@Value("${nianbao.topics.replication-factor:1}") short replication) {
        return Topics.REPORT_VALIDATED.newTopic(replication);
    }

    @Bean
    NewTopic reportParsedDeadLetterTopic(@Value("${nianbao.topics.replication-factor:1}") short replication) {
        return Topics.REPORT_PARSED.newDeadLetterTopic(replication);
    }
}
