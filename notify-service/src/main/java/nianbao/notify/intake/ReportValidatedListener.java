package nianbao.notify.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nianbao.events.ReportValidated;
import nianbao.notify.delivery.DeliveryDispatcher;
import nianbao.notify.history.ParseHistory;
import nianbao.schemas.Topics;

/**
 * Consumes report-validated (the only topic notify-service reads: its parse summary feeds the timeline). Failures are
 * retried (blocking, with back-off) and then dead-lettered by the shared error handler. After the intake transaction
 * committed, the dispatcher is woken: it sends on its own thread, never on this consumer thread, and a failed send
 * waits in the outbox rather than failing the record.
 */
@Component
class ReportValidatedListener {

    private static final Logger log = LoggerFactory.getLogger(ReportValidatedListener.class);

    private final ValidationIntake intake;
    private final ParseHistory parses;
    private final DeliveryDispatcher dispatcher;

    ReportValidatedListener(ValidationIntake intake, ParseHistory parses, DeliveryDispatcher dispatcher) {
        this.intake = intake;
        this.parses = parses;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(topics = Topics.Names.REPORT_VALIDATED, id = "report-validated", idIsGroup = false)
    void onReportValidated(ConsumerRecord<String, ReportValidated> record) {
        // idempotent on its own (keyed by the parse's time), so it needs no share in the intake's transaction
        parses.record(record.value());
        boolean fresh = intake.accept(ValidationMapping.toValidation(record.value()));
        log.info("report-validated {}-{}@{} submission {}: {}", record.topic(), record.partition(), record.offset(),
                record.value().getSubmissionId(), fresh ? "stored" : "seen before, nothing changed");
        dispatcher.wake();
    }
}
