package nianbao.ingest.flow;

import static org.assertj.core.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nianbao.events.Agency;
import nianbao.events.AgencyLevel;
import nianbao.events.ReportSubmitted;
import nianbao.events.SubmissionChannel;
import nianbao.events.SubmittedDocument;
import nianbao.schemas.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** Reads back what the service published on {@code report-submitted}, as a read_committed consumer sees it. */
final class SubmittedTopic {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private SubmittedTopic() {
    }

    /**
     * Every report-submitted event of the agency, up to a sentinel written after the requests were answered. The
     * sentinel has the same key, so lands in the same partition behind any event the service sent: seeing it
     * proves no further event of this agency is on its way, without waiting for an arbitrary time. The sentinel
     * (channel BATCH) is not one of the service's submissions, so its repair consumer leaves it alone.
     */
    static List<ConsumerRecord<String, ReportSubmitted>> eventsOfAgency(String brokers, String agencyId) {
        String sentinelId = "sentinel-" + UUID.randomUUID();
        Events.send(brokers, Topics.REPORT_SUBMITTED, agencyId, sentinel(sentinelId, agencyId));
        List<ConsumerRecord<String, ReportSubmitted>> events = new ArrayList<>();
        try (KafkaConsumer<String, ReportSubmitted> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + sentinelId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Topics.REPORT_SUBMITTED.keyDeserializer(), Topics.REPORT_SUBMITTED.valueDeserializer(Events.registry()))) {
            consumer.subscribe(List.of(Topics.REPORT_SUBMITTED.name()));
            Instant giveUp = Instant.now().plus(PATIENCE);
            while (Instant.now().isBefore(giveUp)) {
                for (ConsumerRecord<String, ReportSubmitted> record : consumer.poll(Duration.ofMillis(500))) {
                    if (!agencyId.equals(record.key())) continue;
                    if (record.value().getSubmissionId().equals(sentinelId)) return events;
                    events.add(record);
                }
            }
        }
        return fail("sentinel " + sentinelId + " not read back within " + PATIENCE);
    }

    private static ReportSubmitted sentinel(String sentinelId, String agencyId) {
        return ReportSubmitted.newBuilder()
                .setSubmissionId(sentinelId)
                .setAgency(new Agency(agencyId, "sentinel", "000000", AgencyLevel.UNKNOWN, null))
                .setReportYear(2008)
                .setDocument(new SubmittedDocument("sentinel.txt", "text/plain", "-", 0L, ByteBuffer.allocate(0)))
                .setSubmittedAt(Instant.EPOCH)
                .setSubmittedBy("test")
                .setChannel(SubmissionChannel.BATCH)
                .build();
    }
}
