package nianbao.ingest.status;

import java.util.UUID;
import nianbao.ingest.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/{id}}: the submission's status. The random submission id is the capability: whoever
 * submitted holds it, and the verdict concerns a report the agency publishes anyway.
 */
@RestController
class StatusController {

    private final StatusStore store;

    StatusController(StatusStore store) {
        this.store = store;
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
