package nianbao.parse.events;

import java.time.Clock;
import nianbao.parse.ReportParser;
import nianbao.parse.extract.DocumentExtractor;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.TopicSettings;
import nianbao.schemas.spring.TransactionalBatchConfiguration;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import(TransactionalBatchConfiguration.class)
@EnableConfigurationProperties(ExtractionProperties.class)
class ParseServiceConfiguration {

    /** Closed with the context (its worker threads stop). */
    @Bean
    DocumentExtractor documentExtractor(ExtractionProperties extraction) {
        return new DocumentExtractor(extraction.limits());
    }

    @Bean
    ReportParser reportParser(DocumentExtractor extractor) {
        return new ReportParser(extractor);
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
