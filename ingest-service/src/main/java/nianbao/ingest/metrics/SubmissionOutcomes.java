package nianbao.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import nianbao.ingest.Problems;
import nianbao.ingest.submissions.SubmissionReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Counts and logs each submission's answer as it is written (the only POSTs this service takes are submissions):
 * {@value #ACCEPTED} by channel and whether it repeats earlier bytes, {@value #REFUSED} by channel and the slug of
 * its problem type ({@code http-<status>} for Spring's own refusals, such as a wrong content type). The log line
 * carries the request's trace id, which the report-submitted event carries on.
 */
@RestControllerAdvice
class SubmissionOutcomes implements ResponseBodyAdvice<Object> {

    static final String ACCEPTED = "nianbao.submissions.accepted";
    static final String REFUSED = "nianbao.submissions.refused";
    private static final Logger log = LoggerFactory.getLogger(SubmissionOutcomes.class);

    private final MeterRegistry registry;

    /** Web-layer test slices have no registry: there the counts go to Micrometer's empty global one. */
    SubmissionOutcomes(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(() -> Metrics.globalRegistry);
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!HttpMethod.POST.equals(request.getMethod())) return body;
        String channel = request.getURI().getPath().startsWith("/portal/") ? "portal" : "api";
        if (body instanceof SubmissionReceipt receipt) {
            Counter.builder(ACCEPTED).description("submissions accepted, by channel and whether the bytes came before")
                    .tag("channel", channel).tag("duplicate", String.valueOf(receipt.duplicate()))
                    .register(registry).increment();
            log.info("submission {} accepted ({}{})", receipt.submissionId(), channel,
                    receipt.duplicate() ? ", same bytes as before" : "");
        } else if (body instanceof ProblemDetail problem) {
            String reason = reason(problem);
            Counter.builder(REFUSED).description("submissions refused, by channel and reason")
                    .tag("channel", channel).tag("reason", reason).register(registry).increment();
            log.info("submission refused ({}): {}", channel, reason);
        }
        return body;
    }

    private static String reason(ProblemDetail problem) {
        String type = String.valueOf(problem.getType());
        return type.startsWith(Problems.TYPE_PREFIX) ? type.substring(Problems.TYPE_PREFIX.length())
                : "http-" + problem.getStatus();
    }
}
