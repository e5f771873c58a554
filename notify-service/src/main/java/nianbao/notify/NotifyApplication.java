package nianbao.notify;

import java.time.Clock;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

import nianbao.notify.alerts.AlertPolicy;
import nianbao.notify.alerts.AlertProperties;
import nianbao.notify.delivery.RetryBackOff;
import nianbao.notify.delivery.DeliveryProperties;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.DatabaseBatchConfiguration;
import nianbao.schemas.spring.TopicSettings;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import(DatabaseBatchConfiguration.class)
public class NotifyApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotifyApplication.class, args);
    }

    @Bean
    AlertPolicy alertPolicy(AlertProperties alerts) {
        return alerts.policy();
    }

    @Bean
    RetryBackOff deliveryBackOff(DeliveryProperties delivery) {
        return delivery.backOff();
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
