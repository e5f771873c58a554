package nianbao.schemas.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * A caching client of the Confluent Schema Registry REST API (register, schema by id, latest version, compatibility),
 * which Confluent's registry, Apicurio ({@code /apis/ccompat/v7}), Redpanda and Karapace all serve. Ids are immutable,
 * so lookups by id and registrations of a schema instance already seen are answered from memory.
 */
public final class SchemaRegistryClient {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http;
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, Integer> idsBySubjectAndSchema = new ConcurrentHashMap<>();

    public SchemaRegistryClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Registers {@code schema} under {@code subject} (idempotent in the registry) and returns its global id. */
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idsBySubjectAndSchema.get(key);
        if (cached != null) return cached;
        JsonNode answer = send("POST", "/subjects/" + subject + "/versions", schemaBody(schema));
        int id = answer.get("id").asInt();
        idsBySubjectAndSchema.put(key, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    /** The id {@code schema} already has under {@code subject}; for producers that must not register. */
    public int lookup(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idsBySubjectAndSchema.get(key);
        if (cached != null) return cached;
        JsonNode answer = send("POST", "/subjects/" + subject, schemaBody(schema));
        int id = answer.get("id").asInt();
        idsBySubjectAndSchema.put(key, id);
        return id;
    }

    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(id, i -> parse(send("GET", "/schemas/ids/" + i, null).get("schema").asText()));
    }

    public RegisteredSchema latest(String subject) {
        JsonNode answer = send("GET", "/subjects/" + subject + "/versions/latest", null);
        return new RegisteredSchema(answer.get("id").asInt(), answer.get("version").asInt(),
                parse(answer.get("schema").asText()));
    }

    /** Sets the subject's compatibility level, e.g. BACKWARD. */
    public void setCompatibility(String subject, String level) {
        ObjectNode body = JSON.createObjectNode().put("compatibility", level);
        send("PUT", "/config/" + subject, body.toString());
    }

    /** Whether {@code schema} may be registered under {@code subject} by the subject's compatibility rule. */
    public boolean isCompatible(String subject, Schema schema) {
        JsonNode answer = send("POST", "/compatibility/subjects/" + subject + "/versions/latest", schemaBody(schema));
        return answer.path("is_compatible").asBoolean(false);
    }

    private static String schemaBody(Schema schema) {
        return JSON.createObjectNode().put("schema", schema.toString()).toString();
    }

    private static Schema parse(String text) {
        return new Schema.Parser().parse(text);
    }

    private JsonNode send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", CONTENT_TYPE);
        if (body != null) request.header("Content-Type", CONTENT_TYPE);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new SchemaRegistryException(response.statusCode(), method + " " + path + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new SchemaRegistryException(0, method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(0, method + " " + path + ": interrupted", e);
        }
    }

    /**
     * The id cache's key: a subject and one Schema instance. Identity, not the schema's JSON: a producer passes the same
     * instance (a generated class's {@code SCHEMA$}) with every record, and stringifying it per record cost more than
     * writing the record.
     */
    private record SubjectSchema(String subject, Schema schema) {

        @Override
        public boolean equals(Object other) {
            return other instanceof SubjectSchema that && schema == that.schema && subject.equals(that.subject);
        }

        @Override
        public int hashCode() {
            return 31 * subject.hashCode() + System.identityHashCode(schema);
        }
    }

    /** A schema version as the registry holds it. */
    public record RegisteredSchema(int id, int version, Schema schema) {
    }
}
