package nianbao.ingest.flow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nianbao.events.Agency;
import nianbao.events.Attribution;
import nianbao.events.Finding;
import nianbao.events.FormatVersion;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import nianbao.events.Severity;
import nianbao.events.ValidationTrigger;
import nianbao.events.Verdict;
import nianbao.infra.registry.ApicurioRegistry;
import nianbao.schemas.registry.SchemaRegistryClient;
import nianbao.schemas.Topic;
import nianbao.schemas.serde.SerdeConfig;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/** What the flow tests send in place of validate-service: report-validated events, written through the registry. */
final class Events {

    private Events() {
    }

    static ReportValidated validated(String submissionId, Agency agency, int reportYear, Instant submittedAt,
                                     Verdict verdict, Instant validatedAt, Map<String, String> keyFigures,
                                     Finding... findings) {
        return ReportValidated.newBuilder()
                .setSubmissionId(submissionId)
                .setAgency(agency)
                .setReportYear(reportYear)
                .setRuleSetVersion("rules-test-1")
                .setFormatVersion(FormatVersion.V2019)
                .setVerdict(verdict)
                .setTrigger(ValidationTrigger.SUBMISSION)
                .setFindings(List.of(findings))
                .setKeyFigures(keyFigures)
                .setSubmittedAt(submittedAt)
                .setValidatedAt(validatedAt)
                .build();
    }

    static Finding finding(String ruleId, RuleOutcome outcome, Severity severity, String messageZh, String quote) {
        return Finding.newBuilder()
                .setRuleId(ruleId).setOutcome(outcome).setSeverity(severity).setFormula("-")
                .setOperands(List.of()).setMessageZh(messageZh).setMessageEn("-")
                .setAttribution(Attribution.REPORT).setQuote(quote).setFingerprint(ruleId + "-fp")
                .build();
    }

    static <V extends SpecificRecord> void send(String brokers, Topic<V> topic, String key, V value) {
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                topic.keySerializer(), topic.valueSerializer(registry()))) {
            producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic.name(), e);
        }
    }

    /** Serde instances handed to a client are not configured by it, so they get their registry client here. */
    static SchemaRegistryClient registry() {
        return SerdeConfig.client(ApicurioRegistry.shared().ccompatUrl());
    }
}
