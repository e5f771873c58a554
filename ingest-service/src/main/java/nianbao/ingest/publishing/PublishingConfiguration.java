package nianbao.ingest.publishing;

import java.util.HashMap;
import java.util.Map;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.TopicSettings;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * ingest-service is the single writer of {@code report-submitted}, so it declares that topic. Each record carries
 * the whole document, so the topic and the producer both allow records as large as the intake limit allows
 * (the 1 MB defaults would refuse most PDFs).
 */
@Configuration(proxyBeanMethods = false)
public class PublishingConfiguration {

    /** Room for the Avro envelope (agency, names, URL) around the largest accepted document. */
    static final long ENVELOPE_BYTES = 1024 * 1024;

    private final long maxRecordBytes;

    PublishingConfiguration(@Value("${nianbao.intake.max-document-size:20MB}") DataSize maxDocumentSize) {
        this.maxRecordBytes = maxDocumentSize.toBytes() + ENVELOPE_BYTES;
    }

    @Bean
    NewTopic reportSubmittedTopic(TopicSettings topics) {
        NewTopic topic = topics.newTopic(Topics.REPORT_SUBMITTED);
        Map<String, String> configs = new HashMap<>(topic.configs());
        configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Long.toString(maxRecordBytes));
        return topic.configs(configs);
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer largeDocumentRecords() {
        return factory -> factory.updateConfigs(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) maxRecordBytes));
    }
}
