package nianbao.ingest.admission;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How many uploads are read at once, and how slowly a request body may arrive.
 *
 * @param maxUploads          uploads being received or checked at the same time, all agencies together; keep it well
 *                            under {@code server.tomcat.threads.max}, so that health checks, status queries and the
 *                            intake page always find a thread
 * @param maxUploadsPerAgency uploads of one agency at the same time: one agency (or one leaked key) cannot take all
 * @param retryAfter          the {@code Retry-After} of a 429
 * @param bodyTimeout         the time a request body may take before the minimum rate counts
 * @param minBodyRate         bytes per second a body must average beyond {@code bodyTimeout}: every {@code minBodyRate}
 *                            bytes received grant one more second (a 20 MB upload at 16KB/s may take 20 min; a client
 *                            sending a byte every 5 s is cut after {@code bodyTimeout})
 */
@Validated
@ConfigurationProperties("nianbao.admission")
public record AdmissionProperties(@Min(1) @DefaultValue("32") int maxUploads,
                                  @Min(1) @DefaultValue("4") int maxUploadsPerAgency,
                                  @NotNull @DefaultValue("30s") Duration retryAfter,
                                  @NotNull @DefaultValue("20s") Duration bodyTimeout,
                                  @NotNull @DefaultValue("16KB") DataSize minBodyRate) {

    @AssertTrue(message = "max-uploads-per-agency must not exceed max-uploads")
    boolean isPerAgencyWithinOverall() {
        return maxUploadsPerAgency <= maxUploads;
    }

    @AssertTrue(message = "retry-after and body-timeout must be at least one second, min-body-rate at least one byte")
    boolean isPositive() {
        return retryAfter != null && retryAfter.toSeconds() >= 1 && bodyTimeout != null && bodyTimeout.toSeconds() >= 1
                && minBodyRate != null && minBodyRate.toBytes() >= 1;
    }
}
