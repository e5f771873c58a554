package nianbao.schemas.spring;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

/**
 * The listener containers of a consume-transform-produce service (import it instead of
 * {@link ReportTopicsKafkaConfiguration}, which it includes): batch listeners, one Kafka transaction per poll batch
 * (with {@code spring.kafka.producer.transaction-id-prefix} set, Spring Boot puts the transaction manager on the
 * containers), {@link ListenerSettings#concurrency()} consumer threads, and poison records dead-lettered alone
 * ({@link TransactionalBatch}, {@link BatchRollback}).
 */
@Configuration(proxyBeanMethods = false)
@Import(ReportTopicsKafkaConfiguration.class)
@EnableConfigurationProperties(ListenerSettings.class)
public class TransactionalBatchConfiguration {

    @Bean
    RecordFailures recordFailures(RetrySettings retry) {
        return new RecordFailures(retry.backOff());
    }

    @Bean
    TransactionalBatch transactionalBatch(RecordFailures failures, ConsumerRecordRecoverer deadLetterRecoverer,
                                          KafkaOperations<Object, Object> template,
                                          ObjectProvider<ObservationRegistry> observations) {
        return new TransactionalBatch(failures, deadLetterRecoverer, template,
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    BatchRollback batchRollback(RecordFailures failures, TransactionalBatch batches) {
        return new BatchRollback(failures, batches);
    }

    /** Spring Boot's container factory (all of {@code spring.kafka.listener.*}), made batch, transactional and parallel. */
    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> kafkaListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            ListenerSettings listener, BatchRollback rollback) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.setConcurrency(listener.concurrency());
        factory.setAfterRollbackProcessor(rollback);
        // a failure must roll the transaction back and reach BatchRollback: the shared error handler, meant for plain
        // listeners, would commit offsets outside the transaction
        factory.setContainerCustomizer(container -> container.setCommonErrorHandler(null));
        return factory;
    }
}
