package nianbao.ingest.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nianbao.events.SubmissionChannel;
import nianbao.ingest.FixedClock;
import nianbao.ingest.agencies.TestAgencies;
import nianbao.ingest.intake.SubmissionKey;
import nianbao.ingest.intake.SubmittedReport;
import nianbao.ingest.publishing.PublishingUnavailable;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The web layer of {@code POST /api/reports}: every refusal as an exact RFC 9457 problem, and the receipts. The real
 * intake checks run, on the local seed's agencies (in memory); recording and publishing are mocked, since each
 * refusal must happen before anything is recorded.
 */
@WebMvcTest(controllers = SubmissionController.class, properties = "nianbao.intake.max-document-size=10KB")
@Import({TestAgencies.Seeded.class, IntakeConfiguration.class, FixedClock.class})
class SubmissionApiTest {

    private static final byte[] SAMPLE = SampleReports.bytes("longting-gov-office-2022.txt");
    private static final UUID ID = UUID.fromString("6f1c2f1e-3a4b-4c5d-8e9f-0a1b2c3d4e5f");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SubmissionService submissions;

    private static MockMultipartHttpServletRequestBuilder upload(String path, byte[] content, String... fields) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        if (content != null) {
            request.file(new MockMultipartFile("file", "longting-2022.txt", "text/plain", content));
        }
        for (int i = 0; i < fields.length; i += 2) request.param(fields[i], fields[i + 1]);
        return request;
    }

    private ResultActions uploadAs(String apiKey, byte[] content, String... fields) throws Exception {
        MockMultipartHttpServletRequestBuilder request = upload("/api/reports", content, fields);
        if (apiKey != null) request.header("X-Api-Key", apiKey);
        return mvc.perform(request);
    }

    private static void problem(ResultActions result, int status, String slug, String title, String detail,
                                String field) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:nianbao:problem:" + slug))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").value(detail))
                .andExpect(jsonPath("$.field").value(field));
    }

    private void nothingRecorded() {
        verify(submissions, never()).submit(any(), any());
    }

    @Test
    void anAcceptedUploadAnswers202WithTheStatusUrl() throws Exception {
        when(submissions.submit(any(), eq(SubmissionChannel.API))).thenReturn(new SubmissionService.Recorded(ID, false));

        uploadAs("longting-gov-office-key", SAMPLE, "agencyId", "longting-gov-office", "reportYear", "2022",
                "publishedOn", "2023-01-18")
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "http://localhost/api/reports/" + ID))
                .andExpect(jsonPath("$.submissionId").value(ID.toString()))
                .andExpect(jsonPath("$.statusUrl").value("http://localhost/api/reports/" + ID))
                .andExpect(jsonPath("$.duplicate").value(false));

        ArgumentCaptor<SubmittedReport> report = ArgumentCaptor.forClass(SubmittedReport.class);
        verify(submissions).submit(report.capture(), eq(SubmissionChannel.API));
        assertThat(report.getValue().key()).isEqualTo(new SubmissionKey(
                "longting-gov-office", 2022, "1c490e3847560a5adf4b5af226d5148c9f013e026f37f5d33eb9cd459390ef18"));
    }

    @Test
    void aResubmissionAnswers200WithTheEarlierSubmission() throws Exception {
        when(submissions.submit(any(), any())).thenReturn(new SubmissionService.Recorded(ID, true));

        uploadAs("longting-gov-office-key", SAMPLE, "agencyId", "longting-gov-office", "reportYear", "2022")
                .andExpect(status().isOk())
                .andExpect(header().string("Location", "http://localhost/api/reports/" + ID))
                .andExpect(jsonPath("$.submissionId").value(ID.toString()))
                .andExpect(jsonPath("$.duplicate").value(true));
    }

    @Test
    void pastedTextAsJsonIsAccepted() throws Exception {
        when(submissions.submit(any(), any())).thenReturn(new SubmissionService.Recorded(ID, false));

        mvc.perform(post("/api/reports").header("X-Api-Key", "kunwu-office-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agencyId\":\"kunwu-office\",\"reportYear\":2020,\"text\":\"一、总体情况\\n\"}"
                                .getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.submissionId").value(ID.toString()));

        ArgumentCaptor<SubmittedReport> report = ArgumentCaptor.forClass(SubmittedReport.class);
        verify(submissions).submit(report.capture(), eq(SubmissionChannel.API));
        assertThat(report.getValue().document().fileName()).isEqualTo("kunwu-office-2020.txt");
        assertThat(report.getValue().document().sizeBytes()).isEqualTo(19);
    }

    @Test
    void thePortalPathSubmitsThroughThePortalChannel() throws Exception {
        when(submissions.submit(any(), any())).thenReturn(new SubmissionService.Recorded(ID, false));

        mvc.perform(upload("/portal/reports", SAMPLE, "agencyId", "longting-gov-office", "reportYear", "2022")
                        .header("X-Api-Key", "longting-gov-office-key"))
                .andExpect(status().isAccepted());

        verify(submissions).submit(any(), eq(SubmissionChannel.PORTAL));
    }

    @Test
    void missingApiKey() throws Exception {
        ResultActions result = uploadAs(null, SAMPLE, "agencyId", "longting-gov-office", "reportYear", "2022");
        problem(result, 401, "api-key-missing", "API key missing", "请求头 X-Api-Key 缺少 API 密钥。", "X-Api-Key");
        result.andExpect(header().string("WWW-Authenticate", "ApiKey header=\"X-Api-Key\""));
        nothingRecorded();
    }

    @Test
    void invalidApiKey() throws Exception {
        problem(uploadAs("longting-gov-office-key2", SAMPLE, "agencyId", "longting-gov-office", "reportYear", "2022"),
                401, "api-key-invalid", "API key not recognised", "请求头 X-Api-Key 中的 API 密钥无效。", "X-Api-Key");
        nothingRecorded();
    }

    @Test
    void unknownAgency() throws Exception {
        problem(uploadAs("longting-gov-office-key", SAMPLE, "agencyId", "kaifeng-gov", "reportYear", "2022"),
                400, "unknown-agency", "Unknown agency", "agencyId「kaifeng-gov」不是已登记的报送机关。", "agencyId");
        nothingRecorded();
    }

    @Test
    void missingAgency() throws Exception {
        problem(uploadAs("longting-gov-office-key", SAMPLE, "reportYear", "2022"),
                400, "field-missing", "Required field missing", "缺少 agencyId（报送机关）。", "agencyId");
        nothingRecorded();
    }

    @Test
    void submittingForAnotherAgency() throws Exception {
        problem(uploadAs("jinping-street-key", SAMPLE, "agencyId", "longting-gov-office", "reportYear", "2022"),
                403, "agency-mismatch", "API key belongs to another agency",
                "API 密钥属于「锦屏街道办事处」，不能代「龙亭区人民政府办公室」（agencyId longting-gov-office）报送。", "agencyId");
        nothingRecorded();
    }

    @Test
    void yearBefore2008() throws Exception {
        problem(uploadAs("longting-gov-office-key", SAMPLE, "agencyId", "longting-gov-office", "reportYear", "2007"),
                400, "report-year-out-of-range", "Report year out of range",
                "reportYear 2007 超出范围：报告年度须在 2008 至 2026 年之间。", "reportYear");
        nothingRecorded();
    }

    @Test
    void yearAfterTheCurrentYear() throws Exception {
        problem(uploadAs("longting-gov-office-key", SAMPLE, "agencyId", "longting-gov-office", "reportYear", "2027"),
                400, "report-year-out-of-range", "Report year out of range",
                "reportYear 2027 超出范围：报告年度须在 2008 至 2026 年之间。", "reportYear");
        nothingRecorded();
    }

    @Test
    void yearNotANumber() throws Exception {
        problem(uploadAs("longting-gov-office-key", SAMPLE, "agencyId", "longting-gov-office", "reportYear", "二〇二二"),
                400, "invalid-report-year", "Report year is not a year", "reportYear「二〇二二」不是四位数的年份。", "reportYear");
        nothingRecorded();
    }

    @Test
    void publishedOnNotAnIsoDate() throws Exception {
        problem(uploadAs("longting-gov-office-key", SAMPLE, "agencyId", "longting-gov-office", "reportYear", "2022",
                        "publishedOn", "2023年1月18日"),
                400, "invalid-published-on", "Publication date is not an ISO date",
                "publishedOn「2023年1月18日」不是 YYYY-MM-DD 格式的日期。", "publishedOn");
        nothingRecorded();
    }

    @Test
    void publicationUrlNotHttp() throws Exception {
        problem(uploadAs("longting-gov-office-key", SAMPLE, "agencyId", "longting-gov-office", "reportYear", "2022",
                        "publicationUrl", "www.longting.gov.cn"),
                400, "invalid-publication-url", "Publication URL is not an http(s) URL",
                "publicationUrl「www.longting.gov.cn」不是以 http:// 或 https:// 开头的网址。", "publicationUrl");
        nothingRecorded();
    }

    @Test
    void missingFile() throws Exception {
        problem(uploadAs("longting-gov-office-key", null, "agencyId", "longting-gov-office", "reportYear", "2022"),
                400, "field-missing", "Required field missing", "缺少 file（年度报告文件）。", "file");
        nothingRecorded();
    }

    @Test
    void emptyFile() throws Exception {
        problem(uploadAs("longting-gov-office-key", new byte[0], "agencyId", "longting-gov-office", "reportYear", "2022"),
                400, "empty-document", "Document is empty", "file 为空（0 字节），请提交年度报告全文。", "file");
        nothingRecorded();
    }

    @Test
    void emptyPastedText() throws Exception {
        problem(mvc.perform(post("/api/reports").header("X-Api-Key", "kunwu-office-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agencyId\":\"kunwu-office\",\"reportYear\":\"2020\",\"text\":\"\"}")),
                400, "empty-document", "Document is empty", "text 为空（0 字节），请提交年度报告全文。", "text");
        nothingRecorded();
    }

    @Test
    void malformedJson() throws Exception {
        problem(mvc.perform(post("/api/reports").header("X-Api-Key", "kunwu-office-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agencyId\":\"kunwu-office\",")),
                400, "malformed-json", "Request body is not the expected JSON",
                "请求体不是有效的 JSON 对象（应包含 agencyId、reportYear、text 等字段）。", "body");
        nothingRecorded();
    }

    @Test
    void oversizedFile() throws Exception {
        problem(uploadAs("longting-gov-office-key", new byte[10 * 1024 + 1], "agencyId", "longting-gov-office",
                        "reportYear", "2022"),
                413, "document-too-large", "Document too large", "file 过大（10241 字节）：单个报告最大 10240 字节。", "file");
        nothingRecorded();
    }

    @Test
    void fileOfAnotherType() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        problem(uploadAs("longting-gov-office-key", png, "agencyId", "longting-gov-office", "reportYear", "2022"),
                415, "unsupported-document-type", "Document type not accepted",
                "文件内容不是文本、HTML、Word 或 PDF。仅接受纯文本、HTML、Word（DOCX、DOC）和 PDF。", "file");
        nothingRecorded();
    }

    @Test
    void kafkaUnavailable() throws Exception {
        when(submissions.submit(any(), any())).thenThrow(new PublishingUnavailable("broker down", null));

        ResultActions result = uploadAs("longting-gov-office-key", SAMPLE, "agencyId", "longting-gov-office",
                "reportYear", "2022");
        result.andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "60"))
                .andExpect(jsonPath("$.type").value("urn:nianbao:problem:publishing-unavailable"))
                .andExpect(jsonPath("$.title").value("Submission not accepted"))
                .andExpect(jsonPath("$.detail").value("报告暂时无法受理（消息系统不可用），本次提交未被记录，请稍后重新提交。"));
    }
}
