package nianbao.parse.events;

import java.time.Clock;
import nianbao.parse.ReportParser;
import nianbao.schemas.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import nianbao.schemas.spring.ReportTopicsKafkaConfiguration;

@Configuration(proxyBeanMethods = false)
@Import(ReportTopicsKafkaConfiguration.class)
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
    NewTopic reportParsedTopic(@Value("${nianbao.topics.replication-factor:1}") short replication) {
        return Topics.REPORT_PARSED.newTopic(replication);
    }

    @Bean
    NewTopic reportSubmittedDeadLetterTopic(@Value("${nianbao.topics.replication-factor:1}") short replication) {
        return Topics.REPORT_SUBMITTED.newDeadLetterTopic(replication);
    }
}
