package nianbao.validate.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nianbao.events.Finding;
import nianbao.events.PassedChecks;
import nianbao.events.ReportValidated;
import nianbao.events.RuleOutcome;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.stereotype.Component;

/**
 * Counts each report-validated event the broker acknowledged: {@value #VALIDATIONS} by verdict and trigger, and
 * {@value #FINDINGS} by rule id and outcome (the catalogue's ids, never an agency). Read off the template's sends, so
 * the validation code stays as it is; a batch rolled back and processed again counts its events again. Failed sends
 * are still logged, as by Spring Boot's default listener, which this one replaces.
 */
@Component
public class ValidationMeters extends LoggingProducerListener<Object, Object> {

    static final String VALIDATIONS = "nianbao.validations";
    static final String FINDINGS = "nianbao.findings";

    private final MeterRegistry registry;

    public ValidationMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onSuccess(ProducerRecord<Object, Object> record, RecordMetadata metadata) {
        if (!(record.value() instanceof ReportValidated validated)) return;
        Counter.builder(VALIDATIONS).description("reports validated, by verdict and what triggered the validation")
                .tag("verdict", validated.getVerdict().name()).tag("trigger", validated.getTrigger().name())
                .register(registry).increment();
        for (Finding finding : validated.getFindings()) {
            findings(finding.getRuleId(), finding.getOutcome().name()).increment();
        }
        for (PassedChecks passed : validated.getPassedChecks()) {
            findings(passed.getRuleId(), RuleOutcome.PASS.name()).increment(passed.getCount());
        }
    }

    private Counter findings(String ruleId, String outcome) {
        return Counter.builder(FINDINGS).description("findings of the validations, by rule and outcome")
                .tag("rule", ruleId).tag("outcome", outcome).register(registry);
    }
}
