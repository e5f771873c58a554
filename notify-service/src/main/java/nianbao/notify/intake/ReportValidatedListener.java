package nianbao.notify.intake;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nianbao.events.ReportValidated;
import nianbao.notify.delivery.DeliveryDispatcher;
import nianbao.notify.history.ParseHistory;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.DatabaseBatch;

/**
 * Consumes report-validated (the only topic notify-service reads: its parse summary feeds the timeline), a poll batch
 * in one database transaction ({@link DatabaseBatch}: a poison record is retried, then dead-lettered alone). After the
 * transaction committed, the dispatcher is woken: it sends on its own thread, never on this consumer thread, and a
 * failed send waits in the outbox rather than failing the record.
 */
@Component
class ReportValidatedListener {

    private static final Logger log = LoggerFactory.getLogger(ReportValidatedListener.class);

    private final DatabaseBatch batches;
    private final ValidationIntake intake;
    private final ParseHistory parses;
    private final DeliveryDispatcher dispatcher;

    ReportValidatedListener(DatabaseBatch batches, ValidationIntake intake, ParseHistory parses,
                            DeliveryDispatcher dispatcher) {
        this.batches = batches;
        this.intake = intake;
        this.parses = parses;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(topics = Topics.Names.REPORT_VALIDATED, id = "report-validated", idIsGroup = false, batch = "true")
    void onReportValidated(List<ConsumerRecord<String, ReportValidated>> records) {
        batches.process(records, record -> {
            parses.record(record.value());
            boolean fresh = intake.accept(ValidationMapping.toValidation(record.value()));
            log.info("report-validated {}-{}@{} submission {}: {}", record.topic(), record.partition(),
                    record.offset(), record.value().getSubmissionId(), fresh ? "stored" : "seen before, nothing changed");
        });
        dispatcher.wake();
    }
}
