package nianbao.ingest.publishing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The trace context of the request being served, as record headers ({@code traceparent}): the publisher sends from its
 * own thread, where the request's observation is not current, so each submission takes its context along in the
 * request's thread. Without tracing (no tracer in the context) no header is written.
 */
final class TraceHeaders {

    private final Tracer tracer;
    private final Propagator propagator;

    TraceHeaders(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    Headers current() {
        RecordHeaders headers = new RecordHeaders();
        if (tracer == null || propagator == null || tracer.currentTraceContext().context() == null) return headers;
        propagator.inject(tracer.currentTraceContext().context(), headers,
                (carrier, key, value) -> carrier.add(key, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }
}
