package nianbao.ingest.publishing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The group commit of {@code report-submitted}.
 *
 * @param timeout         how long a request waits for its event to be taken into a transaction, and again for that
 *                        transaction's outcome; longer than the producer's delivery.timeout.ms, so that a broker
 *                        outage is reported by the producer's own error
 * @param maxBatchRecords most submissions in one Kafka transaction
 * @param maxBatchBytes   most document bytes in one Kafka transaction (a batch holds at least one submission)
 * @param transactionalId the producer's transactional.id: unique per running instance and stable across its
 *                        restarts, so that a restarted instance fences and settles what its predecessor left open
 */
@Validated
@ConfigurationProperties("nianbao.publishing")
public record PublishingProperties(@NotNull @DefaultValue("25s") Duration timeout,
                                   @Min(1) @DefaultValue("500") int maxBatchRecords,
                                   @NotNull @DefaultValue("64MB") DataSize maxBatchBytes,
                                   @NotBlank String transactionalId) {
}
