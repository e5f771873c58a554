package nianbao.ingest.errors;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem outside Spring MVC (Tomcat valves answer before any controller runs), with the same members as
 * Spring's own rendering: type, title, status, detail, instance, then the extra properties such as {@code field}.
 */
public final class ProblemJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemJson() {
    }

    public static String text(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) members.put("instance", problem.getInstance().toString());
        if (problem.getProperties() != null) members.putAll(problem.getProperties());
        return JSON.writeValueAsString(members);
    }

    /**
     * Sets status and content type and writes the body; the caller adds headers such as Retry-After before. Throws
     * IllegalStateException when the response's writer is already in use.
     */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        byte[] body = text(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.getStatus());
        // JSON is UTF-8 by definition (RFC 8259): no charset parameter, as Spring writes it
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
