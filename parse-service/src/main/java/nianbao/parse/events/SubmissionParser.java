package nianbao.parse.events;

import java.time.Clock;
import nianbao.events.ReportParsed;
import nianbao.events.ReportSubmitted;
import nianbao.parse.ReportParser;
import nianbao.parse.extract.UnreadableDocumentException;
import nianbao.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Consume-transform-produce inside one Kafka transaction: the report-parsed event and the consumed offset commit
 * together. An unreadable document is a result (a FAILED event); anything else that throws is retried, then
 * dead-lettered with the reason (see {@link DeadLetterConfiguration}).
 */
@Component
public class SubmissionParser {

    private static final Logger log = LoggerFactory.getLogger(SubmissionParser.class);

    private final ReportParser parser;
    private final KafkaTemplate<String, ReportParsed> template;
    private final Clock clock;

    public SubmissionParser(ReportParser parser, KafkaTemplate<String, ReportParsed> template, Clock clock) {
        this.parser = parser;
        this.template = template;
        this.clock = clock;
    }

    @KafkaListener(id = "parse-service", topics = "#{T(nianbao.schemas.Topics).REPORT_SUBMITTED.name()}")
    public void onSubmitted(ReportSubmitted submitted) {
        template.send(Topics.REPORT_PARSED.name(), submitted.getAgency().getId(), parse(submitted));
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
