package nianbao.ingest.submissions;

import java.net.SocketTimeoutException;
import nianbao.ingest.Problems;
import nianbao.ingest.errors.ContainerProblems;
import nianbao.ingest.intake.Intake;
import nianbao.ingest.intake.IntakeProperties;
import nianbao.ingest.intake.IntakeRejection;
import nianbao.ingest.publishing.PublishingUnavailable;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns refusals into RFC 9457 problem responses: a stable type per check, and the field at fault. Ordered before
 * Spring's generic problem handler, which would otherwise answer the multipart limit with an untyped 413.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeProblems {

    private static final Logger log = LoggerFactory.getLogger(IntakeProblems.class);

    private final IntakeProperties limits;
    private final long maxPartHeaderBytes;

    /** The part-header limit is Tomcat's own setting, read as such (no Tomcat properties bean in a web slice test). */
    IntakeProblems(IntakeProperties limits,
                   @Value("${server.tomcat.max-part-header-size:512B}") DataSize maxPartHeaderSize) {
        this.limits = limits;
        this.maxPartHeaderBytes = maxPartHeaderSize.toBytes();
    }

    @ExceptionHandler(IntakeRejection.class)
    ResponseEntity<ProblemDetail> rejected(IntakeRejection rejection) {
        ProblemDetail problem = Problems.of(rejection);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus());
        if (problem.getStatus() == 401) response.header(HttpHeaders.WWW_AUTHENTICATE, Problems.API_KEY_CHALLENGE);
        return response.body(problem);
    }

    /**
     * The multipart body could not be read to its end. Tomcat reports its limits and a malformed body alike, as
     * exceptions in the cause chain: a body that stopped arriving (408), a part's headers over
     * {@code server.tomcat.max-part-header-size} (in practice a file name of thousands of characters: 400), too many
     * parts (400), the size limits (413), anything else — no boundary, a truncated body — 400.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipartUnreadable(MultipartException e) {
        if (ContainerProblems.causedBy(e, SocketTimeoutException.class)) {
            return ResponseEntity.status(HttpStatus.REQUEST_TIMEOUT).body(ContainerProblems.requestTimeout());
        }
        SizeException size = ContainerProblems.cause(e, SizeException.class);
        if (size != null && size.getPermittedSize() == maxPartHeaderBytes) {
            return ResponseEntity.badRequest().body(Problems.problem(HttpStatus.BAD_REQUEST, "part-header-too-large",
                    "Form part headers too large", "上传表单中某一项的头信息过长（通常是文件名过长）：请将文件名改短至 "
                            + Intake.MAX_FILE_NAME_LENGTH + " 个字符以内后重新提交。", "file"));
        }
        if (ContainerProblems.causedBy(e, FileCountLimitExceededException.class)) {
            return ResponseEntity.badRequest().body(malformedMultipart("上传表单的项目过多"));
        }
        if (size != null) return rejected(Intake.tooLarge("file", -1, limits.maxDocumentSize().toBytes()));
        log.info("unreadable multipart body: {}", e.getMostSpecificCause().toString());
        return ResponseEntity.badRequest().body(malformedMultipart("上传的表单不完整或格式不正确（缺少分隔符或在中途截断）"));
    }

    private static ProblemDetail malformedMultipart(String what) {
        return Problems.problem(HttpStatus.BAD_REQUEST, "malformed-multipart", "Upload form is malformed",
                what + "，本次提交未被受理。请使用报送页面，或按接口说明以 multipart/form-data 重新上传。", "body");
    }

    /** A JSON submission whose body is not a JSON object of the expected shape. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        return Problems.problem(HttpStatus.BAD_REQUEST, "malformed-json", "Request body is not the expected JSON",
                "请求体不是有效的 JSON 对象（应包含 agencyId、reportYear、text 等字段）。", "body");
    }

    /**
     * What Spring MVC refuses before a controller runs (no such path, another method, another content type): its
     * status and headers (e.g. {@code Allow}), with our problem in words instead of Spring's English default.
     */
    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeException.class})
    ResponseEntity<ProblemDetail> refusedByMvc(Exception e) {
        ErrorResponse refused = (ErrorResponse) e;
        ProblemDetail problem = ContainerProblems.of(refused.getStatusCode().value(), null);
        return ResponseEntity.status(problem.getStatus()).headers(refused.getHeaders()).body(problem);
    }

    @ExceptionHandler(PublishingUnavailable.class)
    ResponseEntity<ProblemDetail> publishingUnavailable(PublishingUnavailable e) {
        log.warn("submission refused with 503: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "publishing-unavailable",
                        "Submission not accepted", "报告暂时无法受理（消息系统不可用），本次提交未被记录，请稍后重新提交。", null));
    }
}
