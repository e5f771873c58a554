package nianbao.ingest.submissions;

import io.swagger.v3.oas.annotations.Operation;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import nianbao.events.SubmissionChannel;
import nianbao.ingest.intake.Intake;
import nianbao.ingest.intake.SubmissionForm;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code POST /api/reports} (channel API) and {@code POST /portal/reports} (the intake page, channel PORTAL): the
 * same checks and answers, as a multipart upload or as JSON with pasted text. Every part is taken as optional text
 * so that a missing or malformed one gets the intake's own problem response naming it.
 */
@RestController
public class SubmissionController {

    public static final String API_PATH = "/api/reports";
    public static final String PORTAL_PATH = "/portal/reports";
    private static final String API_KEY_DESCRIPTION = "机关的 API 密钥 · the agency's API key";

    private final Intake intake;
    private final SubmissionService submissions;

    SubmissionController(Intake intake, SubmissionService submissions) {
        this.intake = intake;
        this.submissions = submissions;
    }

    /**
     * The multipart form as the API description shows it (the handler takes the parts one by one). Each part is
     * optional to Spring, so that a missing one gets the intake's problem naming it, but required in the contract.
     */
    @Schema(name = "ReportUpload")
    record UploadForm(
            @Schema(requiredMode = REQUIRED, format = "binary", description = "报告文件 · the report document") String file,
            @Schema(requiredMode = REQUIRED, description = "机关编号 · the agency's id") String agencyId,
            @Schema(requiredMode = REQUIRED, description = "报告年度 · the year reported on, 2008..this year") String reportYear,
            @Schema(description = "发布日期 · publication date, YYYY-MM-DD") String publishedOn,
            @Schema(description = "发布网址 · the published page, an absolute http(s) URL") String publicationUrl) {
    }

    /** The JSON variant: the report's text pasted rather than uploaded. */
    record PastedReport(String agencyId, String reportYear, String text, String publishedOn, String publicationUrl,
                        String fileName) {
    }

    // The OpenAPI operation of both variants (one path and method). The form is described by UploadForm: springdoc
    // would take the @RequestParam text fields for query parameters.
    @Operation(summary = "报送年度报告 · Submit an annual report", description = """
            上传报告文件（PDF、Word（DOCX、DOC）、HTML 或文本），或以 JSON 粘贴报告正文；受理后异步解析与核查，凭 statusUrl 查询结果。
            Upload the report (PDF, Word DOCX or DOC, HTML or text) as multipart/form-data, or paste its text as JSON; it is \
            parsed and checked asynchronously, follow statusUrl (also the Location header) for the verdict.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = UploadForm.class))))
    @ApiResponse(responseCode = "202", description = "已受理：已记录并发出 · Accepted: recorded and published; Location is the status URL")
    @ApiResponse(responseCode = "200", description = "该机关该年度已提交过相同文件：返回原提交编号，duplicate=true · "
            + "Identical bytes submitted before for this agency and year: the earlier submission, nothing new is recorded")
    @ApiResponse(responseCode = "400", description = "字段缺失或格式错误、未知机关、空文件、文件名过长、表单或 JSON 无效 · A field "
            + "missing or malformed (field-missing, unknown-agency, invalid-report-year, report-year-out-of-range, "
            + "invalid-published-on, invalid-publication-url, empty-document, file-name-too-long, part-header-too-large, "
            + "malformed-multipart, malformed-json)")
    @ApiResponse(responseCode = "401", description = "缺少或无效的 API 密钥 · API key missing or not recognised "
            + "(api-key-missing, api-key-invalid); WWW-Authenticate: ApiKey header=\"X-Api-Key\"")
    @ApiResponse(responseCode = "403", description = "密钥属于其他机关 · The API key belongs to another agency (agency-mismatch)")
    @ApiResponse(responseCode = "408", description = "请求体未在规定时间内收到 · The body did not arrive in time "
            + "(nianbao.admission.body-timeout, then min-body-rate; request-timeout); the connection is closed")
    @ApiResponse(responseCode = "413", description = "文件超过大小上限 · The document exceeds nianbao.intake.max-document-size "
            + "(document-too-large)")
    @ApiResponse(responseCode = "415", description = "文件类型不受理 · The document is none of PDF, DOCX, DOC, HTML, UTF-8/GB18030 "
            + "text (unsupported-document-type), or the request is neither multipart/form-data nor JSON")
    @ApiResponse(responseCode = "429", description = "同时上传过多，请稍后重试 · Too many uploads at once, of this agency "
            + "(too-many-uploads-of-agency) or overall (too-many-uploads); Retry-After gives the seconds to wait")
    @ApiResponse(responseCode = "431", description = "请求头过大 · Request headers over the limit, e.g. a wrong X-Api-Key "
            + "(header-too-large)")
    @ApiResponse(responseCode = "503", description = "消息系统不可用，未记录，请稍后重试 · Kafka did not acknowledge the event; "
            + "nothing was recorded, retry later (publishing-unavailable, Retry-After: 60)")
    @PostMapping(path = {API_PATH, PORTAL_PATH}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SubmissionReceipt> upload(HttpServletRequest request,
                                             @Parameter(required = true, description = API_KEY_DESCRIPTION)
                                             @RequestHeader(name = Intake.API_KEY_HEADER, required = false) String apiKey,
                                             @Parameter(hidden = true) @RequestParam(required = false) MultipartFile file,
                                             @Parameter(hidden = true) @RequestParam(required = false) String agencyId,
                                             @Parameter(hidden = true) @RequestParam(required = false) String reportYear,
                                             @Parameter(hidden = true) @RequestParam(required = false) String publishedOn,
                                             @Parameter(hidden = true) @RequestParam(required = false) String publicationUrl) throws IOException {
        SubmissionForm form = new SubmissionForm(apiKey, agencyId, reportYear, publishedOn, publicationUrl, "file",
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        return submit(form, channel(request));
    }

    @PostMapping(path = {API_PATH, PORTAL_PATH}, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionReceipt> paste(HttpServletRequest request,
                                            @Parameter(required = true, description = API_KEY_DESCRIPTION)
                                            @RequestHeader(name = Intake.API_KEY_HEADER, required = false) String apiKey,
                                            @RequestBody PastedReport report) {
        byte[] text = report.text() == null ? null : report.text().getBytes(StandardCharsets.UTF_8);
        SubmissionForm form = new SubmissionForm(apiKey, report.agencyId(), report.reportYear(), report.publishedOn(),
                report.publicationUrl(), "text", report.fileName(), text);
        return submit(form, channel(request));
    }

    private static SubmissionChannel channel(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PORTAL_PATH) ? SubmissionChannel.PORTAL : SubmissionChannel.API;
    }

    private ResponseEntity<SubmissionReceipt> submit(SubmissionForm form, SubmissionChannel channel) {
        SubmissionService.Recorded recorded = submissions.submit(intake.check(form), channel);
        URI statusUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(API_PATH + "/{id}").buildAndExpand(recorded.submissionId()).toUri();
        SubmissionReceipt receipt = new SubmissionReceipt(recorded.submissionId().toString(), statusUrl.toString(),
                recorded.duplicate());
        return ResponseEntity.status(recorded.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .location(statusUrl).body(receipt);
    }
}
