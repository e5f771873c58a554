package nianbao.notify.reports;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nianbao.events.ReportParsed;
import nianbao.schemas.Topic;
import nianbao.schemas.Topics;
import nianbao.schemas.spring.TopicReaders;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Repository;

/**
 * The normalised text of a submission, which the findings' operand spans point into, read back from its report-parsed
 * record when a report page asks for it: report-validated says where that record lies (its parse summary, kept in
 * {@code parse_result}), so notify-service never consumes report-parsed and stores no text of its own.
 */
@Repository
public class ReportTexts implements DisposableBean {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final Consumer<String, ReportParsed> consumer;

    public ReportTexts(JdbcClient jdbc, ConsumerFactory<String, ?> consumers) {
        this.jdbc = jdbc;
        // one record at a time, the largest a report may be
        consumer = TopicReaders.reader(consumers, Topics.REPORT_PARSED, "notify-service-report-texts", Map.of(
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topic.MAX_RECORD_BYTES,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10));
    }

    private record Source(int partition, long offset) {
    }

    /** The text of the submission's latest parse; empty when no parse summary says where it lies. */
    public synchronized Optional<String> of(String submissionId) {
        Optional<Source> source = jdbc.sql("""
                select source_partition as partition, source_offset as "offset"
                from parse_result where submission_id = :submission and source_offset is not null
                order by parsed_at desc limit 1""")
                .param("submission", submissionId).query(Source.class).optional();
        return source.map(this::read);
    }

    private String read(Source source) {
        TopicPartition partition = new TopicPartition(Topics.REPORT_PARSED.name(), source.partition());
        consumer.assign(List.of(partition));
        consumer.seek(partition, source.offset());
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, ReportParsed> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() == source.offset() && record.value() != null) return record.value().getText();
                throw new IllegalStateException("no readable report-parsed record at " + partition + "@" + source.offset());
            }
        }
        throw new IllegalStateException("report-parsed " + partition + "@" + source.offset() + " not read within " + READ_TIMEOUT);
    }

    @Override
    public synchronized void destroy() {
        consumer.close();
    }
}
