package nianbao.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

import nianbao.notify.alerts.AlertPolicy;
import nianbao.notify.delivery.RetryBackOff;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.ReportTopicsKafkaConfiguration;
import nianbao.schemas.spring.TopicSettings;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import(ReportTopicsKafkaConfiguration.class)
public class NotifyApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotifyApplication.class, args);
    }

    @Bean
    AlertPolicy alertPolicy(@Value("${nianbao.alerts.outcomes:FAIL}") Set<String> outcomes,
                            @Value("${nianbao.alerts.severities:ERROR,WARNING}") Set<String> severities) {
        return new AlertPolicy(outcomes, severities);
    }

    @Bean
    RetryBackOff deliveryBackOff(@Value("${nianbao.delivery.retry-base:PT2S}") Duration base,
                                 @Value("${nianbao.delivery.retry-max:PT10M}") Duration max) {
        return new RetryBackOff(base, max);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * report-validated has two consumers that dead-letter to report-validated-dlt, this service and ingest-service
     * (the submitter's status); each declares the topic with the same settings, so whichever starts first creates it.
     * The dead letter's headers name the consumer group it came from.
     */
    @Bean
    NewTopic reportValidatedDeadLetters(TopicSettings topics) {
        return topics.newDeadLetterTopic(Topics.REPORT_VALIDATED);
    }
}
