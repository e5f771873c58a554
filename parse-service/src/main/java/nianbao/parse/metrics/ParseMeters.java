package nianbao.parse.metrics;

import java.time.Duration;
import java.util.function.Supplier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nianbao.events.ReportParsed;
import org.springframework.stereotype.Component;

/**
 * The documents parse-service reads: {@value #PARSED} by outcome, container and table layout, and
 * {@value #DURATION} (reading the document up to its report-parsed event) by outcome and container. The tags are
 * enums of the event, never an agency: a handful of series.
 */
@Component
public class ParseMeters {

    static final String PARSED = "nianbao.documents.parsed";
    static final String DURATION = "nianbao.parse.duration";
    /** Buckets up to the extraction's default time budget, so slow documents show without a histogram per series. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(5), Duration.ofSeconds(30)};

    private final MeterRegistry registry;

    public ParseMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs {@code parse}, counts its result and records how long it took. */
    public ReportParsed measure(Supplier<ReportParsed> parse) {
        Timer.Sample sample = Timer.start(registry);
        ReportParsed parsed = parse.get();
        String outcome = parsed.getOutcome().name();
        String container = parsed.getContainer().name();
        sample.stop(Timer.builder(DURATION).description("reading a document into its report-parsed event")
                .tag("outcome", outcome).tag("container", container)
                .serviceLevelObjectives(BUCKETS).register(registry));
        Counter.builder(PARSED).description("documents read, by outcome, container and table layout")
                .tag("outcome", outcome).tag("container", container).tag("layout", parsed.getLayout().name())
                .register(registry).increment();
        return parsed;
    }
}
