package nianbao.schemas.spring;

import java.util.Map;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nianbao.schemas.Topics;
import nianbao.schemas.serde.AvroWireSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;

/**
 * The Kafka wiring every service shares (import it with {@code @Import}): values are written with the Avro wire-format
 * serializer, except raw bytes, which only a dead-lettered record that could not be deserialized carries; a record
 * that keeps failing after blocking retries with back-off goes to {@code <topic>-dlt}, same partition, with the
 * exception in the headers, and the partition goes on. Non-blocking retry topics are deliberately absent: they would
 * let a later event of the same agency overtake an earlier one. The services create their topics with
 * {@link TopicSettings}; the consume-transform-produce services add {@link TransactionalBatchConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TopicSettings.class, RetrySettings.class})
public class ReportTopicsKafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReportTopicsKafkaConfiguration.class);
    static final String DEAD_LETTERS = "nianbao.dead.letters";

    /** The serializers come from the topic catalogue, so no configuration names a class. */
    @Bean
    @SuppressWarnings({"unchecked", "rawtypes"})
    DefaultKafkaProducerFactoryCustomizer avroOrRawBytesValues() {
        return factory -> {
            DefaultKafkaProducerFactory producers = (DefaultKafkaProducerFactory) factory;
            producers.setKeySerializerSupplier(Topics::keySerializer);
            producers.setValueSerializerSupplier(() -> new DelegatingByTypeSerializer(
                    Map.of(byte[].class, new ByteArraySerializer(), SpecificRecord.class, new AvroWireSerializer<>()), true));
        };
    }

    /**
     * The listeners read each record as the catalogue types its topic; a record that cannot be read arrives as null
     * with the failure in a header, so the error handler dead-letters it instead of the container looping on it.
     */
    @Bean
    @SuppressWarnings({"unchecked", "rawtypes"})
    DefaultKafkaConsumerFactoryCustomizer catalogueDeserializers() {
        return factory -> {
            DefaultKafkaConsumerFactory consumers = (DefaultKafkaConsumerFactory) factory;
            consumers.setKeyDeserializerSupplier(Topics::keyDeserializer);
            consumers.setValueDeserializerSupplier(() -> new ErrorHandlingDeserializer<>(Topics.valueDeserializer()));
        };
    }

    /**
     * Publishes to {@code <topic>-dlt}, same partition, and says so at ERROR: a dead letter needs a human. Each one is
     * counted in {@value #DEAD_LETTERS}, tagged with the topic it came from.
     */
    @Bean
    ConsumerRecordRecoverer deadLetterRecoverer(KafkaOperations<Object, Object> template,
                                                ObjectProvider<MeterRegistry> meters) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(record.topic() + "-dlt", record.partition()));
        MeterRegistry registry = meters.getIfAvailable();
        return (record, failure) -> {
            log.error("dead-lettering {}-{}@{} (key {}) to {}-dlt: {}", record.topic(), record.partition(),
                    record.offset(), record.key(), record.topic(), failure.toString(), failure);
            publisher.accept(record, failure);
            if (registry != null) {
                Counter.builder(DEAD_LETTERS).description("records sent to <topic>-dlt, by the topic they came from")
                        .tag("topic", record.topic()).register(registry).increment();
            }
        };
    }

    /**
     * For plain (non-transactional) listeners; the transactional batch listeners of {@link TransactionalBatchConfiguration}
     * go without it.
     */
    @Bean
    CommonErrorHandler deadLetterErrorHandler(ConsumerRecordRecoverer recoverer, RetrySettings retry) {
        return new DefaultErrorHandler(recoverer, retry.backOff());
    }
}
