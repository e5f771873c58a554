package nianbao.ingest.status;

import nianbao.schemas.Topics;
import nianbao.schemas.spring.ReportTopicsKafkaConfiguration;
import nianbao.schemas.spring.TopicSettings;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The project's shared listener wiring: blocking retries with back-off, then {@code report-validated-dlt} (same
 * partition, reason in the headers) so one poison record does not stop the agency's partition.
 */
@Configuration(proxyBeanMethods = false)
@Import(ReportTopicsKafkaConfiguration.class)
class StatusConfiguration {

    /**
     * This consumer and notify-service's both dead-letter report-validated to report-validated-dlt; each declares the
     * topic with the same settings, so whichever starts first creates it (the headers name the consumer group).
     */
    @Bean
    NewTopic reportValidatedDeadLetterTopic(TopicSettings topics) {
        return topics.newDeadLetterTopic(Topics.REPORT_VALIDATED);
    }
}
