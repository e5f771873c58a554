package nianbao.parse.events;

import java.time.Duration;
import jakarta.validation.constraints.Min;
import nianbao.parse.extract.ExtractionLimits;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The limits of text extraction ({@code nianbao.extraction.*}); an unset one keeps {@link ExtractionLimits#DEFAULTS}.
 *
 * @param timeBudget how long one document's extraction may take before it is given up as too costly
 * @param workers    documents extracted at the same time
 */
@Validated
@ConfigurationProperties("nianbao.extraction")
public record ExtractionProperties(@DurationMin(millis = 1) Duration timeBudget, @Min(1) Integer workers) {

    ExtractionLimits limits() {
        ExtractionLimits limits = ExtractionLimits.DEFAULTS;
        if (timeBudget != null) limits = limits.withTimeBudget(timeBudget);
        if (workers != null) limits = limits.withWorkers(workers);
        return limits;
    }
}
