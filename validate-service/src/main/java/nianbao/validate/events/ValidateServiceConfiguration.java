package nianbao.validate.events;

import java.time.Clock;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.TopicSettings;
import nianbao.schemas.spring.TransactionalBatchConfiguration;
import nianbao.validate.engine.Validator;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import(TransactionalBatchConfiguration.class)
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
    NewTopic reportValidatedTopic(TopicSettings topics) {
        return topics.newTopic(Topics.REPORT_VALIDATED);
    }

    @Bean
    NewTopic reportHistoryTopic(TopicSettings topics) {
        return topics.newTopic(Topics.REPORT_HISTORY);
    }

    @Bean
    NewTopic reportParsedDeadLetterTopic(TopicSettings topics) {
        return topics.newDeadLetterTopic(Topics.REPORT_PARSED);
    }
}
