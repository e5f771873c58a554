package nianbao.validate.events;

import java.time.Clock;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;
import nianbao.events.ReportValidated;
import nianbao.events.ValidationTrigger;
import nianbao.schemas.Topics;
import nianbao.validate.engine.Validation;
import nianbao.validate.engine.Validator;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.stereotype.Component;

/**
 * Consume-transform-produce in one Kafka transaction: validates each parsed report against the agency's year − 1,
 * and, when that arrival changes what year + 1 was checked against, validates year + 1 again (a new event; nothing
 * earlier is edited). Other years are read back from report-parsed by their position in {@link LatestReports}.
 */
@Component
public class ReportChecker {

    private final Validator validator;
    private final LatestReports latest;
    private final ReportArchive archive;
    private final KafkaTemplate<String, ReportValidated> template;
    private final Clock clock;

    public ReportChecker(Validator validator, LatestReports latest, ReportArchive archive,
                         KafkaTemplate<String, ReportValidated> template, Clock clock) {
        this.validator = validator;
        this.latest = latest;
        this.archive = archive;
        this.template = template;
        this.clock = clock;
    }

    @KafkaListener(id = "validate-service", topics = "#{T(nianbao.schemas.Topics).REPORT_PARSED.name()}")
    public void onParsed(ReportParsed parsed, @Header(KafkaHeaders.RECEIVED_PARTITION) int partition,
                         @Header(KafkaHeaders.OFFSET) long offset) {
        latest.record(parsed, partition, offset);
        publish(parsed, ValidationTrigger.SUBMISSION);
        // year + 1 was checked against this year: again only if this report is now the year's current one, and then
        // against this very report (no need to read it back)
        boolean current = latest.of(parsed.getAgency().getId(), parsed.getReportYear())
                .filter(p -> p.partition() == partition && p.offset() == offset).isPresent();
        if (current) {
            latest.of(parsed.getAgency().getId(), parsed.getReportYear() + 1)
                    .ifPresent(next -> publish(archive.read(next), ValidationTrigger.PRIOR_YEAR_ARRIVED, parsed));
        }
    }

    /** Validates {@code parsed} against the latest known year − 1 and publishes the result. */
    public void publish(ReportParsed parsed, ValidationTrigger trigger) {
        ReportParsed prior = parsed.getOutcome() != ParseOutcome.PARSED ? null
                : latest.of(parsed.getAgency().getId(), parsed.getReportYear() - 1).map(archive::read).orElse(null);
        publish(parsed, trigger, prior);
    }

    private void publish(ReportParsed parsed, ValidationTrigger trigger, ReportParsed prior) {
        template.send(Topics.REPORT_VALIDATED.name(), parsed.getAgency().getId(),
                ReportValidatedMapper.validated(parsed, validate(parsed, prior), trigger, clock.instant()));
    }

    private Validation validate(ReportParsed parsed, ReportParsed prior) {
        if (parsed.getOutcome() == ParseOutcome.NOT_A_REPORT) {
            return validator.notAReport(ParsedReports.context(parsed), String.valueOf(parsed.getFailureReason()));
        }
        if (parsed.getOutcome() != ParseOutcome.PARSED) {
            return validator.unreadable(ParsedReports.context(parsed), String.valueOf(parsed.getFailureReason()));
        }
        return validator.validate(ParsedReports.context(parsed), ParsedReports.report(parsed),
                prior == null ? null : ParsedReports.report(prior));
    }
}
