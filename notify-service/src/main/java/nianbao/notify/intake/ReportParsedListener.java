package nianbao.notify.intake;

import nianbao.events.ReportParsed;
import nianbao.notify.history.ParseHistory;
import nianbao.notify.reports.ReportTexts;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes report-parsed for the agency timeline (when each report was submitted and what parsing made of it) and for
 * the report page (the text that the findings' spans point into).
 */
@Component
class ReportParsedListener {

    private static final Logger log = LoggerFactory.getLogger(ReportParsedListener.class);

    private final ParseHistory history;
    private final ReportTexts texts;

    ReportParsedListener(ParseHistory history, ReportTexts texts) {
        this.history = history;
        this.texts = texts;
    }

    @KafkaListener(topics = "#{T(nianbao.schemas.Topics).REPORT_PARSED.name()}", id = "report-parsed", idIsGroup = false,
            properties = {"avro.value.type=nianbao.events.ReportParsed", "max.partition.fetch.bytes=26214400"})
    void onReportParsed(ConsumerRecord<String, ReportParsed> record) {
        boolean fresh = history.record(record.value());
        texts.record(record.value());
        log.info("report-parsed {}-{}@{} submission {}: {}", record.topic(), record.partition(), record.offset(),
                record.value().getSubmissionId(), fresh ? "recorded" : "seen before");
    }
}
