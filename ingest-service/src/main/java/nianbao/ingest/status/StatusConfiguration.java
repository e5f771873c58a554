package nianbao.ingest.status;

import nianbao.schemas.Topics;
import nianbao.schemas.spring.DatabaseBatchConfiguration;
import nianbao.schemas.spring.TopicSettings;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The project's shared listener wiring for a database follower: a poll batch in one transaction, a poison record
 * retried with back-off, then {@code report-validated-dlt} (same partition, reason in the headers) so it does not stop
 * the agency's partition.
 */
@Configuration(proxyBeanMethods = false)
@Import(DatabaseBatchConfiguration.class)
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
