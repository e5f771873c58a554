package nianbao.notify.intake;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nianbao.notify.alerts.AlertDecisions;
import nianbao.notify.alerts.AlertPlan;
import nianbao.notify.alerts.AlertPolicy;
import nianbao.notify.alerts.AlertStore;
import nianbao.notify.alerts.AlertsChanged;
import nianbao.notify.alerts.Finding;
import nianbao.notify.alerts.Validation;
import nianbao.notify.delivery.DeliveryOutbox;
import nianbao.notify.history.ValidationStore;
import nianbao.notify.metrics.AlertMeters;
import nianbao.notify.routing.SupervisorDirectory;

/**
 * Takes in one validation in one database transaction: the validation and its findings, the alert transitions and
 * the outbox rows for the notices they cause. A validation seen before changes nothing.
 */
@Service
public class ValidationIntake {

    private final ValidationStore validations;
    private final AlertStore alerts;
    private final DeliveryOutbox outbox;
    private final SupervisorDirectory directory;
    private final AlertPolicy policy;
    private final ApplicationEventPublisher events;
    private final AlertMeters meters;

    public ValidationIntake(ValidationStore validations, AlertStore alerts, DeliveryOutbox outbox,
                            SupervisorDirectory directory, AlertPolicy policy, ApplicationEventPublisher events,
                            AlertMeters meters) {
        this.validations = validations;
        this.alerts = alerts;
        this.outbox = outbox;
        this.directory = directory;
        this.policy = policy;
        this.events = events;
        this.meters = meters;
    }

    /** @return false for a validation already received (replay or redelivery) */
    @Transactional
    public boolean accept(Validation validation) {
        boolean latest = validations.concernsLatestSubmission(validation);
        if (!validations.insertIfNew(validation)) {
            return false;
        }
        AlertPlan plan = AlertDecisions.plan(validation, latest,
                alerts.known(validation.agency().id(), validation.reportYear()), policy);
        alerts.apply(plan, validation);
        meters.opened(plan.opened());
        outbox.enqueueAlerts(plan.opened().stream().map(Finding::fingerprint).toList(),
                directory.responsibleFor(validation.agency()), validation.submissionId());
        outbox.enqueueResolutions(plan.resolved(), validation.submissionId());
        events.publishEvent(new AlertsChanged(validation.agency(), validation.reportYear(), "VALIDATED"));
        return true;
    }
}
