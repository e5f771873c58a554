package nianbao.ingest.status;

import nianbao.events.ReportValidated;
import nianbao.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Follows {@code report-validated} in ingest-service's own consumer group, so the portal can show each verdict. */
@Component
class ValidationListener {

    private static final Logger log = LoggerFactory.getLogger(ValidationListener.class);

    private final StatusStore store;

    ValidationListener(StatusStore store) {
        this.store = store;
    }

    @KafkaListener(topics = Topics.Names.REPORT_VALIDATED,
            groupId = "${nianbao.status.consumer-group:ingest-service-status}")
    void onValidated(ReportValidated event) {
        if (!store.record(event)) {
            log.info("report-validated for submission {} not submitted through this service; ignored",
                    event.getSubmissionId());
        }
    }
}
