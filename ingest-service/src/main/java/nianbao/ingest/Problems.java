package nianbao.ingest;

import java.net.URI;
import nianbao.ingest.intake.Intake;
import nianbao.ingest.intake.IntakeProblem;
import nianbao.ingest.intake.IntakeRejection;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details of this service: type {@code urn:nianbao:problem:<slug>} and the request part at fault. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:nianbao:problem:";
    /** The {@code WWW-Authenticate} of every 401: the scheme and where the key goes. */
    public static final String API_KEY_CHALLENGE = "ApiKey header=\"" + Intake.API_KEY_HEADER + "\"";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String slug, String title, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(title);
        if (field != null) problem.setProperty("field", field);
        return problem;
    }

    /** The problem of a refused submission: its kind's status, type and title, the rejection's detail and field. */
    public static ProblemDetail of(IntakeRejection rejection) {
        IntakeProblem kind = rejection.problem();
        return problem(HttpStatus.valueOf(kind.status()), kind.slug(), kind.title(), rejection.detail(), rejection.field());
    }
}
