package nianbao.schemas;

import java.util.List;
import java.util.Optional;
import nianbao.events.AgencyDirectoryEntry;
import nianbao.events.HistoryEntry;
import nianbao.events.ReportParsed;
import nianbao.events.ReportSubmitted;
import nianbao.events.ReportValidated;
import nianbao.schemas.serde.AvroWireDeserializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Every topic of the system, with its value type: the one place a topic name is spelled. */
public final class Topics {

    /** The topic names as compile-time constants, for annotations ({@code @KafkaListener(topics = ...)}). */
    public static final class Names {
        public static final String REPORT_SUBMITTED = "report-submitted";
        public static final String REPORT_PARSED = "report-parsed";
        public static final String REPORT_VALIDATED = "report-validated";
        public static final String REPORT_HISTORY = "report-history";
        public static final String AGENCY_DIRECTORY = "agency-directory";

        private Names() {
        }
    }

    /** Written by ingest-service; keeps the original document so history can be re-parsed by replay. */
    public static final Topic<ReportSubmitted> REPORT_SUBMITTED =
            new Topic<>(Names.REPORT_SUBMITTED, ReportSubmitted.class);
    /** Written by parse-service. */
    public static final Topic<ReportParsed> REPORT_PARSED = new Topic<>(Names.REPORT_PARSED, ReportParsed.class);
    /** Written by validate-service. */
    public static final Topic<ReportValidated> REPORT_VALIDATED =
            new Topic<>(Names.REPORT_VALIDATED, ReportValidated.class);

    /**
     * validate-service's cross-year index as a changelog (compacted; key {@code <agency id>/<year>}): where each
     * agency-year's current report-parsed event lies. Co-partitioned with report-parsed: the entry of a report in
     * report-parsed partition p is written to partition p, so an instance restores exactly the partitions it consumes.
     */
    public static final Topic<HistoryEntry> REPORT_HISTORY = new Topic<>(Names.REPORT_HISTORY, HistoryEntry.class, true);

    /**
     * Written by notify-service, which owns the agency directory; read by ingest-service into its own table. Keyed by
     * agency id and compacted: the newest record of each agency is its current state.
     */
    public static final Topic<AgencyDirectoryEntry> AGENCY_DIRECTORY =
            new Topic<>(Names.AGENCY_DIRECTORY, AgencyDirectoryEntry.class, true);

    public static final List<Topic<?>> ALL =
            List.of(REPORT_SUBMITTED, REPORT_PARSED, REPORT_VALIDATED, REPORT_HISTORY, AGENCY_DIRECTORY);

    /** The value class of {@code topicName}, a topic of the catalogue or its dead-letter topic. */
    public static Optional<Class<? extends SpecificRecord>> valueTypeOf(String topicName) {
        return ALL.stream().filter(t -> t.name().equals(topicName) || t.deadLetter().equals(topicName))
                .findFirst().map(Topic::valueType);
    }

    /** Every topic is keyed by a String: the agency id (events, directory) or {@code <agency id>/<year>} (history). */
    public static Serializer<String> keySerializer() {
        return new StringSerializer();
    }

    public static Deserializer<String> keyDeserializer() {
        return new StringDeserializer();
    }

    /**
     * For a client of several topics (a listener container): reads each record as the value class of its topic, a
     * dead-letter topic as its source. The client configures it ({@code schema.registry.url}).
     */
    public static Deserializer<SpecificRecord> valueDeserializer() {
        return new AvroWireDeserializer<>();
    }

    private Topics() {
    }
}
