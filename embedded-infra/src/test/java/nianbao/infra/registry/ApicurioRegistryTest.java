package nianbao.infra.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApicurioRegistryTest {

    private static final String V1 = """
            {"type":"record","name":"Probe","namespace":"nianbao.test","fields":[{"name":"id","type":"string"}]}""";
    /** Adds a field with a default: new readers can still read old data. */
    private static final String V2_WITH_DEFAULT = """
            {"type":"record","name":"Probe","namespace":"nianbao.test","fields":[{"name":"id","type":"string"},\
            {"name":"note","type":["null","string"],"default":null}]}""";
    /** Adds a field without a default: new readers cannot read old data, so BACKWARD refuses it. */
    private static final String V3_WITHOUT_DEFAULT = """
            {"type":"record","name":"Probe","namespace":"nianbao.test","fields":[{"name":"id","type":"string"},\
            {"name":"note","type":["null","string"],"default":null},{"name":"year","type":"int"}]}""";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void projectSubjectsAreBackwardCompatibleAndAnIncompatibleVersionGets409() throws Exception {
        ApicurioRegistry registry = ApicurioRegistry.shared();
        String subject = registry.ccompatUrl() + "/subjects/report-parsed-value/versions";

        assertThat(get(registry.ccompatUrl() + "/config/report-parsed-value").body()).contains("\"BACKWARD\"");
        HttpResponse<String> first = register(subject, V1);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).matches("\\{\"id\":\\d+}");
        assertThat(register(subject, V2_WITH_DEFAULT).statusCode()).isEqualTo(200);
        HttpResponse<String> incompatible = register(subject, V3_WITHOUT_DEFAULT);
        assertThat(incompatible.statusCode()).isEqualTo(409);
        assertThat(get(subject).body()).isEqualTo("[1,2]");
    }

    @Test
    void schemasSurviveARestartOnTheSameDataDirectory(@TempDir Path dataDir) throws Exception {
        String id;
        long firstPid;
        try (ApicurioRegistry registry = ApicurioRegistry.start(dataDir, 0, 0)) {
            firstPid = registry.pid();
            id = register(registry.ccompatUrl() + "/subjects/restart-probe-value/versions", V1).body();
        }
        assertThat(ProcessHandle.of(firstPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(dataDir.resolve("registry.log")).isNotEmptyFile();

        try (ApicurioRegistry restarted = ApicurioRegistry.start(dataDir, 0, 0)) {
            String latest = get(restarted.ccompatUrl() + "/subjects/restart-probe-value/versions/latest").body();
            assertThat(latest).contains("\"id\":" + id.replaceAll("\\D", ""));
            assertThat(latest).contains("\"version\":1");
        }
    }

    private HttpResponse<String> register(String versionsUrl, String schema) throws IOException, InterruptedException {
        String body = "{\"schema\":" + quote(schema) + "}";
        return http.send(HttpRequest.newBuilder(URI.create(versionsUrl))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String quote(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
