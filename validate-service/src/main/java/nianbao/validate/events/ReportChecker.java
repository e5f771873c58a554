package nianbao.validate.events;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import nianbao.events.EventPosition;
import nianbao.events.ParseOutcome;
import nianbao.events.ReportParsed;
import nianbao.events.ReportValidated;
import nianbao.events.ValidationTrigger;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.TransactionalBatch;
import nianbao.validate.engine.Validation;
import nianbao.validate.engine.Validator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Consume-transform-produce, one Kafka transaction per poll batch ({@link TransactionalBatch}): validates each parsed
 * report against the agency's year − 1, and, when that arrival changes what year + 1 was checked against, validates
 * year + 1 again (a new event; nothing earlier is edited). Other years are read back from report-parsed by their
 * position in {@link LatestReports}; an agency's events are in one partition, in order, so a batch holding several
 * of its years indexes each before the next is checked.
 */
@Component
public class ReportChecker {

    private final Validator validator;
    private final LatestReports latest;
    private final ReportArchive archive;
    private final HistoryChangelog changelog;
    private final KafkaTemplate<String, ReportValidated> template;
    private final TransactionalBatch batches;
    private final Clock clock;

    public ReportChecker(Validator validator, LatestReports latest, ReportArchive archive, HistoryChangelog changelog,
                         KafkaTemplate<String, ReportValidated> template, TransactionalBatch batches, Clock clock) {
        this.validator = validator;
        this.latest = latest;
        this.archive = archive;
        this.changelog = changelog;
        this.template = template;
        this.batches = batches;
        this.clock = clock;
    }

    @KafkaListener(id = "validate-service", topics = Topics.Names.REPORT_PARSED)
    public void onParsed(List<ConsumerRecord<String, ReportParsed>> batch) {
        batches.process(batch, record -> check(record.value(), record.partition(), record.offset()));
    }

    private CompletableFuture<?> check(ReportParsed parsed, int partition, long offset) {
        // a batch that rolls back comes again whole: had its positions stayed in the index, its earlier years would
        // then find its later ones as if already checked, and re-validate them before they were ever validated
        batches.onRollback(latest.record(parsed, partition, offset));
        CompletableFuture<?> validated = publish(parsed, partition, offset, ValidationTrigger.SUBMISSION);
        // year + 1 was checked against this year: again only if this report is now the year's current one, and then
        // against this very report (no need to read it back)
        Optional<LatestReports.Position> current = latest.of(parsed.getAgency().getId(), parsed.getReportYear())
                .filter(p -> p.partition() == partition && p.offset() == offset);
        if (current.isEmpty()) return validated;
        changelog.write(parsed.getAgency().getId(), parsed.getReportYear(), current.get());
        return latest.of(parsed.getAgency().getId(), parsed.getReportYear() + 1)
                .<CompletableFuture<?>>map(next -> CompletableFuture.allOf(validated,
                        publish(archive.read(next), next.partition(), next.offset(), ValidationTrigger.PRIOR_YEAR_ARRIVED,
                                parsed)))
                .orElse(validated);
    }

    /**
     * Validates the reports at {@code positions}, each against its agency's latest known year − 1, and publishes the
     * results in their order. The reports, then their prior years, are read back in one pass each over their
     * partitions ({@link ReportArchive#read(Collection)}), not one fetch per event: what makes a replay fast.
     */
    public List<CompletableFuture<SendResult<String, ReportValidated>>> publish(List<LatestReports.Position> positions,
                                                                                ValidationTrigger trigger) {
        Map<LatestReports.Position, ReportParsed> reports = archive.read(positions);
        Map<LatestReports.Position, LatestReports.Position> priorOf = new HashMap<>();
        for (LatestReports.Position position : positions) {
            ReportParsed parsed = reports.get(position);
            if (parsed.getOutcome() != ParseOutcome.PARSED) continue;
            latest.of(parsed.getAgency().getId(), parsed.getReportYear() - 1).ifPresent(p -> priorOf.put(position, p));
        }
        Map<LatestReports.Position, ReportParsed> priors = archive.read(priorOf.values());
        return positions.stream().map(position -> publish(reports.get(position), position.partition(),
                position.offset(), trigger, priors.get(priorOf.get(position)))).toList();
    }

    private CompletableFuture<SendResult<String, ReportValidated>> publish(ReportParsed parsed, int partition, long offset,
                                                                           ValidationTrigger trigger) {
        ReportParsed prior = parsed.getOutcome() != ParseOutcome.PARSED ? null
                : latest.of(parsed.getAgency().getId(), parsed.getReportYear() - 1).map(archive::read).orElse(null);
        return publish(parsed, partition, offset, trigger, prior);
    }

    private CompletableFuture<SendResult<String, ReportValidated>> publish(ReportParsed parsed, int partition, long offset,
                                                                           ValidationTrigger trigger, ReportParsed prior) {
        var source = new EventPosition(Topics.REPORT_PARSED.name(), partition, offset);
        return template.send(Topics.REPORT_VALIDATED.name(), parsed.getAgency().getId(),
                ReportValidatedMapper.validated(parsed, source, validate(parsed, prior), trigger, clock.instant()));
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
