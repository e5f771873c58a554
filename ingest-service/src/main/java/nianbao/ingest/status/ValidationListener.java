package nianbao.ingest.status;

import java.util.List;
import nianbao.events.ReportValidated;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.DatabaseBatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Follows {@code report-validated} in ingest-service's own consumer group, so the portal can show each verdict: a
 * poll batch in one database transaction ({@link DatabaseBatch}).
 */
@Component
class ValidationListener {

    private static final Logger log = LoggerFactory.getLogger(ValidationListener.class);

    private final DatabaseBatch batches;
    private final StatusStore store;

    ValidationListener(DatabaseBatch batches, StatusStore store) {
        this.batches = batches;
        this.store = store;
    }

    @KafkaListener(topics = Topics.Names.REPORT_VALIDATED,
            groupId = "${nianbao.status.consumer-group:ingest-service-status}", batch = "true")
    void onValidated(List<ConsumerRecord<String, ReportValidated>> records) {
        batches.process(records, record -> {
            if (!store.record(record.value())) {
                log.info("report-validated for submission {} not kept: not submitted through this service, or a"
                        + " later validation of it is kept already", record.value().getSubmissionId());
            }
        });
    }
}
