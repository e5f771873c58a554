package nianbao.ingest.status;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    @Operation(summary = "本机关的报送记录 · The agency's own submissions",
            description = "最新在前，至多 100 条 · Newest first, at most " + OWN_SUBMISSIONS_LIMIT + "; the counts are the latest "
                    + "validation's failed checks by severity and its uncertain checks")
    @ApiResponse(responseCode = "200", description = "本机关的提交 · The key holder's submissions")
    @ApiResponse(responseCode = "401", description = "缺少或无效的 API 密钥 · API key missing or not recognised "
            + "(api-key-missing, api-key-invalid)")
    @GetMapping("/api/submissions")
    OwnSubmissions mine(@Parameter(required = true, description = "机关的 API 密钥 · the agency's API key")
                        @RequestHeader(name = Intake.API_KEY_HEADER, required = false) String apiKey) {
        Agency agency = intake.authenticate(apiKey);
        return new OwnSubmissions(agency.id(), agency.name(), store.submissionsOf(agency.id(), OWN_SUBMISSIONS_LIMIT));
    }

    @Operation(summary = "提交的状态与核查结论 · A submission's status and verdict", description = """
            核查完成前 status 为 SUBMITTED，之后为 VALIDATED，附结论、关键数字和各项核查结果。无需密钥：提交编号即凭证。
            SUBMITTED until report-validated arrives, then VALIDATED with the verdict, key figures and findings. \
            No key needed: the random submission id is the capability.""")
    @ApiResponse(responseCode = "200", description = "提交的状态 · The submission's status",
            content = @Content(schema = @Schema(implementation = SubmissionStatus.class)))
    @ApiResponse(responseCode = "400", description = "提交编号不是 UUID · The id is not a UUID (invalid-submission-id)")
    @ApiResponse(responseCode = "404", description = "没有该提交 · No such submission (submission-not-found)")
    @GetMapping("/api/reports/{id}")
    ResponseEntity<?> status(@Parameter(description = "提交编号 · the submissionId of the receipt") @PathVariable String id) {
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
