package nianbao.ingest.submissions;

import nianbao.ingest.Problems;
import nianbao.ingest.intake.Intake;
import nianbao.ingest.intake.IntakeProblem;
import nianbao.ingest.intake.IntakeRejection;
import nianbao.ingest.publishing.PublishingUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns refusals into RFC 9457 problem responses: a stable type per check, and the field at fault. Ordered before
 * Spring's generic problem handler, which would otherwise answer the multipart limit with an untyped 413.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeProblems {

    private static final Logger log = LoggerFactory.getLogger(IntakeProblems.class);

    private final IntakeConfiguration.IntakeProperties limits;

    IntakeProblems(IntakeConfiguration.IntakeProperties limits) {
        this.limits = limits;
    }

    @ExceptionHandler(IntakeRejection.class)
    ResponseEntity<ProblemDetail> rejected(IntakeRejection rejection) {
        IntakeProblem kind = rejection.problem();
        ProblemDetail problem = Problems.problem(HttpStatus.valueOf(kind.status()), kind.slug(), kind.title(),
                rejection.detail(), rejection.field());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(kind.status());
        if (kind.status() == 401) response.header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + Intake.API_KEY_HEADER + "\"");
        return response.body(problem);
    }

    /** The servlet container's multipart limit fired before the upload reached the intake checks. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
        return rejected(Intake.tooLarge("file", -1, limits.maxDocumentSize().toBytes()));
    }

    /** A JSON submission whose body is not a JSON object of the expected shape. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        return Problems.problem(HttpStatus.BAD_REQUEST, "malformed-json", "Request body is not the expected JSON",
                "请求体不是有效的 JSON 对象（应包含 agencyId、reportYear、text 等字段）。", "body");
    }

    @ExceptionHandler(PublishingUnavailable.class)
    ResponseEntity<ProblemDetail> publishingUnavailable(PublishingUnavailable e) {
        log.warn("submission refused with 503: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "publishing-unavailable",
                        "Submission not accepted", "报告暂时无法受理（消息系统不可用），本次提交未被记录，请稍后重新提交。", null));
    }
}
