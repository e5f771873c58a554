package nianbao.parse.events;

import java.time.Clock;
import java.util.List;
import nianbao.events.ReportParsed;
import nianbao.events.ReportSubmitted;
import nianbao.parse.ReportParser;
import nianbao.parse.extract.UnreadableDocumentException;
import nianbao.parse.metrics.ParseMeters;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.TransactionalBatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Consume-transform-produce, one Kafka transaction per poll batch: the batch's report-parsed events and its offsets
 * commit together. An unreadable document is a result (a FAILED event); a record that is no event, or whose parsing
 * keeps throwing, is dead-lettered alone with the reason and the rest of the batch goes on ({@link TransactionalBatch}).
 */
@Component
public class SubmissionParser {

    private static final Logger log = LoggerFactory.getLogger(SubmissionParser.class);

    private final ReportParser parser;
    private final KafkaTemplate<String, ReportParsed> template;
    private final TransactionalBatch batches;
    private final Clock clock;
    private final ParseMeters meters;

    public SubmissionParser(ReportParser parser, KafkaTemplate<String, ReportParsed> template, TransactionalBatch batches,
                            Clock clock, ParseMeters meters) {
        this.parser = parser;
        this.template = template;
        this.batches = batches;
        this.clock = clock;
        this.meters = meters;
    }

    @KafkaListener(id = "parse-service", topics = Topics.Names.REPORT_SUBMITTED)
    public void onSubmitted(List<ConsumerRecord<String, ReportSubmitted>> batch) {
        batches.process(batch, record -> {
            ReportSubmitted submitted = record.value();
            return template.send(Topics.REPORT_PARSED.name(), submitted.getAgency().getId(),
                    meters.measure(() -> parse(submitted)));
        });
    }

    ReportParsed parse(ReportSubmitted submitted) {
        var document = submitted.getDocument();
        byte[] content = new byte[document.getContent().remaining()];
        document.getContent().duplicate().get(content);
        try {
            return ReportParsedMapper.parsed(submitted,
                    parser.parse(content, document.getFileName(), document.getMediaType()), clock.instant());
        } catch (UnreadableDocumentException e) {
            log.info("submission {} of {} is unreadable: {}", submitted.getSubmissionId(),
                    submitted.getAgency().getId(), e.getMessage());
            return ReportParsedMapper.unreadable(submitted, e.getMessage(), clock.instant());
        }
    }
}
