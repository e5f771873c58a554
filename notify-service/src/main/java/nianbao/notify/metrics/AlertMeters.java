package nianbao.notify.metrics;

import java.util.List;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nianbao.notify.alerts.Finding;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@value #OPENED}: the alerts validations opened, by severity, counted once the transaction that opened them commits. */
@Component
public class AlertMeters {

    static final String OPENED = "nianbao.alerts.opened";

    private final MeterRegistry registry;

    AlertMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    public void opened(List<Finding> alerts) {
        if (alerts.isEmpty()) return;
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count(alerts);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count(alerts);
            }
        });
    }

    private void count(List<Finding> alerts) {
        for (Finding alert : alerts) {
            Counter.builder(OPENED).description("alerts opened, by severity").tag("severity", alert.severity())
                    .register(registry).increment();
        }
    }
}
