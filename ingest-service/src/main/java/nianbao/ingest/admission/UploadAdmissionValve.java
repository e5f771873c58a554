package nianbao.ingest.admission;

import java.io.IOException;
import java.util.Set;
import java.util.function.Function;
import jakarta.servlet.ServletException;
import nianbao.ingest.Problems;
import nianbao.ingest.errors.ProblemJson;
import nianbao.ingest.intake.Intake;
import nianbao.ingest.intake.IntakeRejection;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.InputBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The service's edge, in Tomcat's pipeline before any filter or controller, where the body of a request has not been
 * read yet:
 * <ul>
 * <li>every request body is read under a {@link BodyDeadline} (408 once it falls behind);</li>
 * <li>an upload ({@code POST} to an intake path) needs a valid API key before a byte of its body is read (401), and a
 * free {@link UploadSlots slot} of its agency and overall while its body is received (429 with Retry-After);</li>
 * <li>a body nobody read is never read to its end: the connection is closed after the answer (Tomcat would otherwise
 * "swallow" it, holding a thread for as long as the client trickles); a refusal says {@code Connection: close}.</li>
 * </ul>
 * So a client that sends slowly, without a key or beyond the limits, holds at most a connection, not a thread.
 */
public class UploadAdmissionValve extends ValveBase {

    private final Set<String> uploadPaths;
    private final Function<String, String> agencyOfKey;
    private final UploadSlots slots;
    private final BodyDeadline deadline;
    private final long retryAfterSeconds;

    /** Told of every upload this valve answers itself (401, 429), so that each use of a key is audited. */
    @FunctionalInterface
    public interface Refusals {
        void refused(String apiKey, String method, String path, int status, String clientAddress);
    }

    private final Refusals refusals;

    /**
     * @param agencyOfKey the agency id of an API key, or an {@link IntakeRejection} (401) when there is none
     */
    public UploadAdmissionValve(Set<String> uploadPaths, Function<String, String> agencyOfKey, UploadSlots slots,
                                BodyDeadline deadline, long retryAfterSeconds, Refusals refusals) {
        super(true);
        this.refusals = refusals;
        this.uploadPaths = Set.copyOf(uploadPaths);
        this.agencyOfKey = agencyOfKey;
        this.slots = slots;
        this.deadline = deadline;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        org.apache.coyote.Request body = request.getCoyoteRequest();
        InputBuffer tomcatInput = body.getInputBuffer();
        UploadSlots.Slot slot = null;
        try {
            if (isUpload(request)) {
                String agencyId;
                try {
                    agencyId = agencyOfKey.apply(request.getHeader(Intake.API_KEY_HEADER));
                } catch (IntakeRejection unauthenticated) {
                    response.setHeader(HttpHeaders.CONNECTION, "close");
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, Problems.API_KEY_CHALLENGE);
                    ProblemJson.write(response, Problems.of(unauthenticated));
                    refused(request, response);
                    return;
                }
                UploadSlots.Taken taken = slots.take(agencyId);
                if (taken.slot().isEmpty()) {
                    response.setHeader(HttpHeaders.CONNECTION, "close");
                    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
                    ProblemJson.write(response, tooMany(taken.refusal()));
                    refused(request, response);
                    return;
                }
                slot = taken.slot().get();
            }
            Runnable release = slot == null ? () -> { } : slot::close;
            body.setInputBuffer(new DeadlineInputBuffer(tomcatInput, deadline, System.nanoTime(), body::isFinished, release));
            getNext().invoke(request, response);
        } finally {
            body.setInputBuffer(tomcatInput);
            if (slot != null) slot.close();
            if (!request.isAsync() && !body.isFinished()) closeInsteadOfSwallowing(response);
        }
    }

    private boolean isUpload(Request request) {
        if (!"POST".equals(request.getMethod())) return false;
        String path = request.getDecodedRequestURI().substring(request.getContextPath().length());
        return uploadPaths.contains(path);
    }

    /**
     * Tomcat closes the connection after the response instead of reading the rest of the body. An error to be
     * reported (sendError) stays to be reported; otherwise the error state this sets is marked reported, so that the
     * error valves leave the written answer alone.
     */
    private static void closeInsteadOfSwallowing(Response response) {
        boolean errorToReport = response.isError();
        response.getCoyoteResponse().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        if (!errorToReport) response.setErrorReported();
    }

    private ProblemDetail tooMany(UploadSlots.Refusal refusal) {
        String wait = "请约 " + retryAfterSeconds + " 秒后重新提交。";
        return refusal == UploadSlots.Refusal.AGENCY_LIMIT
                ? Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-uploads-of-agency", "Too many uploads of this agency at once",
                        "本机关同时进行的上传过多，本次提交未被受理；" + wait, null)
                : Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-uploads", "Too many uploads at once",
                        "当前同时报送的机关较多，本次提交未被受理；" + wait, null);
    }

    private void refused(Request request, Response response) {
        refusals.refused(request.getHeader(Intake.API_KEY_HEADER), request.getMethod(), request.getRequestURI(),
                response.getStatus(), request.getRemoteAddr());
    }
}
