package nianbao.ingest.submissions;

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
class SubmissionController {

    static final String API_PATH = "/api/reports";
    static final String PORTAL_PATH = "/portal/reports";

    private final Intake intake;
    private final SubmissionService submissions;

    SubmissionController(Intake intake, SubmissionService submissions) {
        this.intake = intake;
        this.submissions = submissions;
    }

    /** The JSON variant: the report's text pasted rather than uploaded. */
    record PastedReport(String agencyId, String reportYear, String text, String publishedOn, String publicationUrl,
                        String fileName) {
    }

    @PostMapping(path = {API_PATH, PORTAL_PATH}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SubmissionReceipt> upload(HttpServletRequest request,
                                             @RequestHeader(name = Intake.API_KEY_HEADER, required = false) String apiKey,
                                             @RequestParam(required = false) MultipartFile file,
                                             @RequestParam(required = false) String agencyId,
                                             @RequestParam(required = false) String reportYear,
                                             @RequestParam(required = false) String publishedOn,
                                             @RequestParam(required = false) String publicationUrl) throws IOException {
        SubmissionForm form = new SubmissionForm(apiKey, agencyId, reportYear, publishedOn, publicationUrl, "file",
                file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        return submit(form, channel(request));
    }

    @PostMapping(path = {API_PATH, PORTAL_PATH}, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionReceipt> paste(HttpServletRequest request,
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
