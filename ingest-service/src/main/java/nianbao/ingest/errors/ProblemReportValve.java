package nianbao.ingest.errors;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report as problem JSON instead of its HTML page. It answers what fails before the request reaches
 * the application: a path with an encoded slash or {@code ..}, a request line or headers that cannot be parsed,
 * headers over {@code server.max-http-request-header-size} (431). Errors inside the application are answered by
 * {@link ProblemErrorController} first; this valve writes nothing once a body has been written.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) return;
        ProblemDetail problem = ContainerProblems.of(status, throwable);
        try {
            response.resetBuffer();
            ProblemJson.write(response, problem);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response was committed meanwhile: nothing more to say
        }
    }
}
