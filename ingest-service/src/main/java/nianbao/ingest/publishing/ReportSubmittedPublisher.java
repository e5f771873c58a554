package nianbao.ingest.publishing;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nianbao.events.ReportSubmitted;
import nianbao.schemas.Topics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends {@code report-submitted} keyed by agency id and waits for the broker's acknowledgement (acks=all), so a
 * submission is answered 202 only once its event is durable.
 */
@Component
public class ReportSubmittedPublisher {

    private final KafkaTemplate<String, ReportSubmitted> kafka;
    private final Duration ackTimeout;

    public ReportSubmittedPublisher(KafkaTemplate<String, ReportSubmitted> kafka,
                                    @Value("${nianbao.intake.publish-timeout:30s}") Duration ackTimeout) {
        this.kafka = kafka;
        this.ackTimeout = ackTimeout;
    }

    public void publish(ReportSubmitted event) {
        String topic = Topics.REPORT_SUBMITTED.name();
        try {
            kafka.send(topic, event.getAgency().getId(), event).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishingUnavailable("interrupted while sending to " + topic, e);
        } catch (ExecutionException e) {
            throw new PublishingUnavailable("sending to " + topic + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new PublishingUnavailable("no acknowledgement from " + topic + " within " + ackTimeout, e);
        } catch (RuntimeException e) {
            // the producer throws directly when it cannot even fetch metadata or serialize (registry down)
            throw new PublishingUnavailable("sending to " + topic + " failed: " + e.getMessage(), e);
        }
    }
}
