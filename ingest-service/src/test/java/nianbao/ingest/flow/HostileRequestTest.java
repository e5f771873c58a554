package nianbao.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nianbao.report.testing.SampleReports;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;

/**
 * Requests built to hurt the intake, sent over raw sockets to the service on real parts (embedded broker, Apicurio,
 * PostgreSQL): each is answered with its exact status and an RFC 9457 problem, never 500 and never Tomcat's HTML
 * page, and a body that trickles or may not be read costs the service no thread for long. Small limits make the
 * cases quick: 1 MB documents, 2 uploads per agency and 3 overall, 3 s for a body before the minimum rate counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "nianbao.intake.max-document-size=1MB",
        "nianbao.admission.max-uploads=3",
        "nianbao.admission.max-uploads-per-agency=2",
        "nianbao.admission.retry-after=7s",
        "nianbao.admission.body-timeout=3s"})
@EmbeddedKafka(partitions = 6, topics = "report-validated")
class HostileRequestTest extends OnRealParts {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final byte[] LONGTING = SampleReports.bytes("longting-gov-office-2022.txt");

    private RawHttp.Answer send(String method, String path, Map<String, String> headers, byte[] body) {
        return RawHttp.exchange(port, RawHttp.request(method, path, headers, body));
    }

    private static Map<String, String> headers(String... namesAndValues) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) headers.put(namesAndValues[i], namesAndValues[i + 1]);
        return headers;
    }

    private static Map<String, String> upload(String apiKey) {
        return headers("Content-Type", "multipart/form-data; boundary=" + RawHttp.BOUNDARY, "X-Api-Key", apiKey);
    }

    /** A unique report of the agency, so that no upload is a duplicate of another run's. */
    private static byte[] unique(byte[] sample) {
        return (new String(sample, StandardCharsets.UTF_8) + "\n（" + UUID.randomUUID() + "）\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String slug, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo(PROBLEM_JSON);
        JsonNode problem = answer.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:nianbao:problem:" + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank().doesNotContain(Integer.toString(status));
        if (field == null) {
            assertThat(problem.has("field")).isFalse();
        } else {
            assertThat(problem.get("field").asString()).isEqualTo(field);
        }
        // for people: Chinese, without exception text
        String detail = problem.get("detail").asString();
        assertThat(detail).containsPattern("\\p{IsHan}").doesNotContain("Exception", "java.", "org.apache");
    }

    @Test
    void aMultipartBodyWithoutBoundaryIs400() {
        byte[] body = RawHttp.multipart("a.txt", LONGTING, "agencyId", "longting-gov-office", "reportYear", "2022");
        RawHttp.Answer answer = send("POST", "/api/reports",
                headers("Content-Type", "multipart/form-data", "X-Api-Key", "longting-gov-office-key"), body);
        assertProblem(answer, 400, "malformed-multipart", "body");
        assertThat(answer.json().get("detail").asString())
                .isEqualTo("上传的表单不完整或格式不正确（缺少分隔符或在中途截断），本次提交未被受理。请使用报送页面，或按接口说明以 multipart/form-data 重新上传。");
    }

    @Test
    void aTruncatedMultipartBodyIs400() {
        byte[] whole = RawHttp.multipart("a.txt", unique(LONGTING), "agencyId", "longting-gov-office", "reportYear", "2022");
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        assertProblem(send("POST", "/api/reports", upload("longting-gov-office-key"), truncated),
                400, "malformed-multipart", "body");
    }

    @Test
    void aHundredKilobyteApiKeyIs431() {
        RawHttp.Answer answer = send("POST", "/api/reports", upload("k".repeat(100 * 1024)),
                RawHttp.multipart("a.txt", LONGTING, "agencyId", "longting-gov-office", "reportYear", "2022"));
        assertProblem(answer, 431, "header-too-large", "X-Api-Key");
        assertThat(answer.json().get("detail").asString())
                .isEqualTo("请求头过大，无法受理。请核对 API 密钥（X-Api-Key）是否填写正确，它只有几十个字符。");
    }

    @Test
    void aPathTraversalInTheStatusIdIs400() {
        assertProblem(send("GET", "/api/reports/..%2f..%2fetc", headers(), null), 400, "bad-request", null);
        assertProblem(send("GET", "/api/reports/..%2F..%2F..%2Fetc%2Fpasswd", headers(), null), 400, "bad-request", null);
    }

    @Test
    void aPlainDotDotPathIsResolvedAndNotFound() {
        assertProblem(send("GET", "/api/reports/../../etc/passwd", headers(), null), 404, "not-found", null);
        assertProblem(send("GET", "/nothing-here", headers("Accept", "text/html"), null), 404, "not-found", null);
    }

    @Test
    void aStatusIdThatIsNoUuidIs400() {
        assertProblem(send("GET", "/api/reports/not-a-uuid", headers(), null), 400, "invalid-submission-id", "id");
    }

    @Test
    void aTwoThousandCharacterFileNameIs400NamingTheFile() {
        RawHttp.Answer answer = send("POST", "/api/reports", upload("longting-gov-office-key"), RawHttp.multipart(
                "年".repeat(1996) + ".txt", unique(LONGTING), "agencyId", "longting-gov-office", "reportYear", "2022"));
        assertProblem(answer, 400, "file-name-too-long", "file");
        assertThat(answer.json().get("detail").asString())
                .isEqualTo("文件名过长（2000 个字符）：请将文件名改短至 255 个字符以内后重新提交。");
    }

    @Test
    void aFileNameBeyondThePartHeaderLimitIs400NamingTheFile() {
        RawHttp.Answer answer = send("POST", "/api/reports", upload("longting-gov-office-key"), RawHttp.multipart(
                "n".repeat(20_000) + ".txt", unique(LONGTING), "agencyId", "longting-gov-office", "reportYear", "2022"));
        assertProblem(answer, 400, "part-header-too-large", "file");
    }

    @Test
    void anOversizeDocumentIs413() {
        byte[] large = new byte[1024 * 1024 + 1];
        Arrays.fill(large, (byte) 'a');
        RawHttp.Answer answer = send("POST", "/api/reports", upload("longting-gov-office-key"),
                RawHttp.multipart("big.txt", large, "agencyId", "longting-gov-office", "reportYear", "2022"));
        assertProblem(answer, 413, "document-too-large", "file");
    }

    @Test
    void aWrongMethodIs405() {
        assertProblem(send("DELETE", "/api/reports", headers(), null), 405, "method-not-allowed", null);
    }

    @Test
    void anUploadWithoutKeyIsRefusedBeforeItsBodyAndTheConnectionClosed() {
        try (TricklingUpload upload = TricklingUpload.open(port, null, "longting-gov-office", LONGTING)) {
            upload.tick();
            RawHttp.Answer answer = upload.answer();
            assertProblem(answer, 401, "api-key-missing", "X-Api-Key");
            assertThat(answer.header("WWW-Authenticate")).isEqualTo("ApiKey header=\"X-Api-Key\"");
            assertThat(answer.header("Connection")).isEqualTo("close");
            assertThat(upload.closedByServer()).isTrue();
        }
    }

    @Test
    void aTricklingBodyIsCutWith408() throws Exception {
        try (TricklingUpload upload = TricklingUpload.open(port, "kunwu-office-key", "kunwu-office", LONGTING)) {
            long start = System.nanoTime();
            RawHttp.Answer answer = null;
            while (answer == null && System.nanoTime() - start < 15_000_000_000L) {
                upload.tick();
                answer = upload.answerIfAny().orElse(null);
                Thread.sleep(250);
            }
            assertThat(answer).as("answered within 15 s").isNotNull();
            System.out.printf("trickling body (a byte per 250 ms) cut after %d ms and %d bytes%n",
                    (System.nanoTime() - start) / 1_000_000, upload.bytesSent());
            assertProblem(answer, 408, "request-timeout", null);
            assertThat(answer.header("Connection")).isEqualTo("close");
            assertThat(upload.closedByServer()).isTrue();
        }
    }

    @Test
    void uploadsBeyondTheAgencyAndOverallLimitsAre429WithRetryAfter() throws Exception {
        List<TricklingUpload> holding = new ArrayList<>();
        try {
            // two of longting (its limit) and one of kunwu (the overall limit of 3) are receiving their bodies
            holding.add(TricklingUpload.open(port, "longting-gov-office-key", "longting-gov-office", LONGTING));
            holding.add(TricklingUpload.open(port, "longting-gov-office-key", "longting-gov-office", LONGTING));
            holding.add(TricklingUpload.open(port, "kunwu-office-key", "kunwu-office", LONGTING));
            holding.forEach(TricklingUpload::tick);
            Thread.sleep(300);

            RawHttp.Answer agencyFull = send("POST", "/api/reports", upload("longting-gov-office-key"),
                    RawHttp.multipart("a.txt", unique(LONGTING), "agencyId", "longting-gov-office", "reportYear", "2022"));
            assertProblem(agencyFull, 429, "too-many-uploads-of-agency", null);
            assertThat(agencyFull.header("Retry-After")).isEqualTo("7");
            assertThat(agencyFull.header("Connection")).isEqualTo("close");
            assertThat(agencyFull.json().get("detail").asString()).isEqualTo("本机关同时进行的上传过多，本次提交未被受理；请约 7 秒后重新提交。");

            RawHttp.Answer allFull = send("POST", "/api/reports", upload("jinping-street-key"),
                    RawHttp.multipart("a.txt", unique(LONGTING), "agencyId", "jinping-street", "reportYear", "2022"));
            assertProblem(allFull, 429, "too-many-uploads", null);
            assertThat(allFull.header("Retry-After")).isEqualTo("7");
            assertThat(allFull.json().get("detail").asString()).isEqualTo("当前同时报送的机关较多，本次提交未被受理；请约 7 秒后重新提交。");

            // the status API and health take no upload slot
            assertThat(send("GET", "/actuator/health", headers(), null).status()).isEqualTo(200);
        } finally {
            holding.forEach(TricklingUpload::close);
        }
        // the slots come back when the held bodies end (here: the clients hang up)
        long start = System.nanoTime();
        RawHttp.Answer accepted;
        do {
            Thread.sleep(200);
            accepted = send("POST", "/api/reports", upload("jinping-street-key"), RawHttp.multipart("a.txt",
                    unique(SampleReports.bytes("jinping-street-2022.txt")), "agencyId", "jinping-street", "reportYear", "2022"));
        } while (accepted.status() == 429 && System.nanoTime() - start < 10_000_000_000L);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    }
}
