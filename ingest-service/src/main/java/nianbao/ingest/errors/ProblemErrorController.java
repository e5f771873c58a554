package nianbao.ingest.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The servlet container's error page ({@code server.error.path}), in place of Spring Boot's JSON/HTML error: every
 * error that no handler answered — the container's own (sendError during a body read, an unmapped path) and exceptions
 * that escaped a controller — as problem JSON, whatever the client accepts.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ErrorAttributes errors;

    ProblemErrorController(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given ? given : 500;
        Throwable failure = errors.getError(new ServletWebRequest(request));
        if (failure == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown) {
            failure = thrown;
        }
        ProblemDetail problem = ContainerProblems.of(status, failure);
        if (problem.getStatus() >= 500) {
            log.error("{} {} answered {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    request.getMethod(), problem.getStatus(), failure);
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
