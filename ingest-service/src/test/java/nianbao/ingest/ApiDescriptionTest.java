package nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description at {@code /v3/api-docs}, from the running service: the agencies' operations with their
 * parameters and every problem response they give. Kafka is not needed to describe the API (as in
 * {@code KafkaUnavailableTest}, nothing listens on the broker's port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=127.0.0.1:9",
        "spring.kafka.listener.auto-startup=false",
        "spring.kafka.admin.auto-create=false",
        "nianbao.schema-registry-url=http://127.0.0.1:9/apis/ccompat/v7"})
class ApiDescriptionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", TestDatabase::jdbcUrl);
    }

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode apiDocs() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void describesSubmittingWithEveryProblemResponse() throws Exception {
        JsonNode docs = apiDocs();
        JsonNode submit = docs.get("paths").get("/api/reports").get("post");

        assertThat(submit.get("responses").propertyNames())
                .containsExactlyInAnyOrder("200", "202", "400", "401", "403", "408", "413", "415", "429", "431", "503");
        for (String code : new String[] {"400", "401", "403", "408", "413", "415", "429", "431", "503"}) {
            JsonNode content = submit.get("responses").get(code).get("content");
            assertThat(content.propertyNames()).as(code).containsExactly("application/problem+json");
            assertThat(content.get("application/problem+json").get("schema").get("$ref").stringValue()).as(code)
                    .isEqualTo(PROBLEM_REF);
        }
        assertThat(submit.get("responses").get("202").get("content").get("application/json").get("schema").get("$ref")
                .stringValue()).isEqualTo("#/components/schemas/SubmissionReceipt");

        JsonNode apiKey = submit.get("parameters").valueStream()
                .filter(p -> p.get("name").stringValue().equals("X-Api-Key")).findFirst().orElseThrow();
        assertThat(apiKey.get("in").stringValue()).isEqualTo("header");
        assertThat(apiKey.get("required").booleanValue()).isTrue();

        JsonNode body = submit.get("requestBody").get("content");
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("multipart/form-data", "application/json");
        assertThat(body.get("multipart/form-data").get("schema").get("$ref").stringValue())
                .isEqualTo("#/components/schemas/ReportUpload");
        JsonNode form = docs.get("components").get("schemas").get("ReportUpload");
        assertThat(form.get("properties").propertyNames())
                .containsExactlyInAnyOrder("file", "agencyId", "reportYear", "publishedOn", "publicationUrl");
        assertThat(form.get("properties").get("file").get("format").stringValue()).isEqualTo("binary");
        assertThat(form.get("required").valueStream().map(JsonNode::stringValue))
                .containsExactlyInAnyOrder("file", "agencyId", "reportYear");
    }

    @Test
    void describesTheProblemAsServed() throws Exception {
        JsonNode problem = apiDocs().get("components").get("schemas").get("Problem");
        HttpResponse<String> refused = get("/api/reports/not-a-uuid");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem.get("properties").propertyNames())
                .containsExactlyInAnyOrderElementsOf(JSON.readTree(refused.body()).propertyNames());
    }

    @Test
    void describesTheStatusQueriesButNotTheIntakePage() throws Exception {
        JsonNode docs = apiDocs();

        assertThat(docs.get("paths").propertyNames())
                .containsExactlyInAnyOrder("/api/reports", "/api/reports/{id}", "/api/submissions");
        JsonNode status = docs.get("paths").get("/api/reports/{id}").get("get").get("responses");
        assertThat(status.propertyNames()).containsExactlyInAnyOrder("200", "400", "404");
        assertThat(status.get("404").get("content").get("application/problem+json").get("schema").get("$ref")
                .stringValue()).isEqualTo(PROBLEM_REF);
        JsonNode own = docs.get("paths").get("/api/submissions").get("get").get("responses");
        assertThat(own.propertyNames()).containsExactlyInAnyOrder("200", "401");
    }

    @Test
    void servesTheSwaggerUiWithoutALogin() throws Exception {
        HttpResponse<String> ui = get("/swagger-ui.html");

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.uri().getPath()).isEqualTo("/swagger-ui/index.html");
        assertThat(ui.body()).contains("swagger-ui");
    }
}
