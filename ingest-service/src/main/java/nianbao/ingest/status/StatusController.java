package nianbao.ingest.status;

import java.util.UUID;
import nianbao.ingest.Problems;
import nianbao.ingest.agencies.Agency;
import nianbao.ingest.intake.Intake;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/{id}}: the submission's status. The random submission id is the capability: whoever
 * submitted holds it, and the verdict concerns a report the agency publishes anyway.
 * {@code GET /api/submissions}: the calling agency's own submissions, by its API key.
 */
@RestController
class StatusController {

    /** More than an agency submits in years; the portal lists them on one page. */
    static final int OWN_SUBMISSIONS_LIMIT = 100;

    private final StatusStore store;
    private final Intake intake;

    StatusController(StatusStore store, Intake intake) {
        this.store = store;
        this.intake = intake;
    }

    @GetMapping("/api/submissions")
    OwnSubmissions mine(@RequestHeader(name = Intake.API_KEY_HEADER, required = false) String apiKey) {
        Agency agency = intake.authenticate(apiKey);
        return new OwnSubmissions(agency.id(), agency.name(), store.submissionsOf(agency.id(), OWN_SUBMISSIONS_LIMIT));
    }

    @GetMapping("/api/reports/{id}")
    ResponseEntity<?> status(@PathVariable String id) {
        UUID submissionId;
        try {
            submissionId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-submission-id", "Submission id is not a UUID",
                    "提交编号「" + id + "」格式不正确。");
        }
        return store.find(submissionId).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "submission-not-found", "Submission not found",
                        "没有编号为 " + id + " 的提交。"));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String slug, String title, String detail) {
        return ResponseEntity.status(status).body(Problems.problem(status, slug, title, detail, "id"));
    }
}
