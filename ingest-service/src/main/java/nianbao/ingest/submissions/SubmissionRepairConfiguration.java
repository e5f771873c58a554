package nianbao.ingest.submissions;

import nianbao.events.ReportSubmitted;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The repair consumer's container: batch listener, and a failed batch (the database unavailable) is retried every few
 * seconds until it succeeds, never dead-lettered — a row given up on would leave a published submission unknown to
 * the status API.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionRepairConfiguration {

    static final String CONTAINER_FACTORY = "submissionRepairContainerFactory";

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, ReportSubmitted> submissionRepairContainerFactory(
            ConsumerFactory<String, ReportSubmitted> consumers) {
        ConcurrentKafkaListenerContainerFactory<String, ReportSubmitted> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumers);
        factory.setBatchListener(true);
        factory.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(5000, FixedBackOff.UNLIMITED_ATTEMPTS)));
        return factory;
    }
}
