package nianbao.ingest.publishing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;

import java.util.HashMap;
import java.util.Map;
import nianbao.events.ReportSubmitted;
import nianbao.ingest.intake.IntakeProperties;
import nianbao.schemas.Topics;
import nianbao.schemas.serde.SerdeConfig;
import nianbao.schemas.spring.TopicSettings;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * ingest-service is the single writer of {@code report-submitted}, so it declares that topic. Each record carries
 * the whole document, so the topic and the publisher's producer both allow records as large as the intake limit
 * allows (the 1 MB defaults would refuse most PDFs). The publisher has a transactional producer of its own, built
 * from {@code spring.kafka.producer.*}; Spring's template stays non-transactional for the dead letters.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublishingProperties.class)
public class PublishingConfiguration {

    /** Room for the Avro envelope (agency, names, URL) around the largest accepted document. */
    static final long ENVELOPE_BYTES = 1024 * 1024;

    private final long maxRecordBytes;

    PublishingConfiguration(IntakeProperties intake) {
        this.maxRecordBytes = intake.maxDocumentSize().toBytes() + ENVELOPE_BYTES;
    }

    @Bean
    NewTopic reportSubmittedTopic(TopicSettings topics) {
        NewTopic topic = topics.newTopic(Topics.REPORT_SUBMITTED);
        Map<String, String> configs = new HashMap<>(topic.configs());
        configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Long.toString(maxRecordBytes));
        return topic.configs(configs);
    }

    @Bean
    ReportSubmittedPublisher reportSubmittedPublisher(KafkaProperties kafka, SubmissionRecorder recorder,
                                                      PublishingProperties settings, ObjectProvider<Tracer> tracer,
                                                      ObjectProvider<Propagator> propagator,
                                                      ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> producerConfig = new HashMap<>(kafka.buildProducerProperties());
        producerConfig.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, settings.transactionalId());
        producerConfig.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) maxRecordBytes);
        // the value is serialized before the transaction opens (ReportSubmittedPublisher), so the producer sends bytes
        Serializer<ReportSubmitted> serializer =
                Topics.REPORT_SUBMITTED.valueSerializer(SerdeConfig.client(producerConfig));
        return new ReportSubmittedPublisher(() -> {
            KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig,
                    Topics.REPORT_SUBMITTED.keySerializer(), new ByteArraySerializer());
            // the producer's own meters (sends, errors, latency) beside the template's
            meters.ifAvailable(registry -> new KafkaClientMetrics(producer).bindTo(registry));
            return producer;
        }, serializer, new TransactionReadBack(kafka.buildConsumerProperties()), recorder, settings,
                new TraceHeaders(tracer.getIfAvailable(), propagator.getIfAvailable()));
    }
}
