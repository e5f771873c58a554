package nianbao.ingest;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details of this service: type {@code urn:nianbao:problem:<slug>} and the request part at fault. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:nianbao:problem:";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(title);
        if (field != null) problem.setProperty("field", field);
        return problem;
    }
}
