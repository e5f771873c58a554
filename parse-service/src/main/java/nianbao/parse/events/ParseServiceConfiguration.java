package nianbao.parse.events;

import java.time.Clock;
import java.time.Duration;
import nianbao.parse.ReportParser;
import nianbao.parse.extract.DocumentExtractor;
import nianbao.parse.extract.ExtractionLimits;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.TopicSettings;
import nianbao.schemas.spring.TransactionalBatchConfiguration;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import(TransactionalBatchConfiguration.class)
class ParseServiceConfiguration {

    /** Closed with the context (its worker threads stop). Unset properties keep {@link ExtractionLimits#DEFAULTS}. */
    @Bean
    DocumentExtractor documentExtractor(@Value("${nianbao.extraction.time-budget:#{null}}") Duration timeBudget,
                                        @Value("${nianbao.extraction.workers:#{null}}") Integer workers) {
        ExtractionLimits limits = ExtractionLimits.DEFAULTS;
        if (timeBudget != null) limits = limits.withTimeBudget(timeBudget);
        if (workers != null) limits = limits.withWorkers(workers);
        return new DocumentExtractor(limits);
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
