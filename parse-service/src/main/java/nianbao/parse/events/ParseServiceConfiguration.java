package nianbao.parse.events;

import java.time.Clock;
import nianbao.parse.ReportParser;
import nianbao.schemas.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import nianbao.schemas.spring.TopicSettings;
import nianbao.schemas.spring.TransactionalBatchConfiguration;

@Configuration(proxyBeanMethods = false)
@Import(TransactionalBatchConfiguration.class)
class ParseServiceConfiguration {

    @Bean
    ReportParser reportParser() {
        return new ReportParser();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    NewTopic reportParsedTopic(TopicSettings topics) {
        return topics.newTopic(Topics.REPORT_PARSED);
    }

    @Bean
    NewTopic reportSubmittedDeadLetterTopic(TopicSettings topics) {
        return topics.newDeadLetterTopic(Topics.REPORT_SUBMITTED);
    }
}
