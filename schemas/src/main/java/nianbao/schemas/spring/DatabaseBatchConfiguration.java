package nianbao.schemas.spring;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The listener wiring of a service that keeps what it consumes in a database (import it instead of
 * {@link ReportTopicsKafkaConfiguration}, which it includes): {@link DatabaseBatch} for its batch listeners
 * ({@code @KafkaListener(batch = "true")}), whose poison records the shared error handler retries and dead-letters.
 */
@Configuration(proxyBeanMethods = false)
@Import(ReportTopicsKafkaConfiguration.class)
public class DatabaseBatchConfiguration {

    @Bean
    DatabaseBatch databaseBatch(TransactionTemplate transactions, ObjectProvider<ObservationRegistry> observations) {
        return new DatabaseBatch(transactions, observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }
}
