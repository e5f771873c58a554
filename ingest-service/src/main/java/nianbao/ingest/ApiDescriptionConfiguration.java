package nianbao.ingest;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at {@code /v3/api-docs} (springdoc): operations, parameters and response codes come
 * from the controllers' annotations; here only what they share. Every 4xx/5xx answer of the API is an RFC 9457
 * problem ({@link Problems}), so one customizer gives each such response that body instead of repeating it per code.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionConfiguration {

    private static final String PROBLEM_SCHEMA = "Problem";

    @Bean
    OpenAPI apiDescription() {
        return new OpenAPI()
                .info(new Info().title("nianbao ingest API").version("1")
                        .description("""
                                政府信息公开工作年度报告的报送与核查结果查询：机关以 API 密钥（请求头 X-Api-Key）报送报告，\
                                凭提交编号查询核查结论。
                                Submitting government information disclosure annual reports and reading their check \
                                results: an agency submits with its API key (header X-Api-Key) and follows the \
                                submission by its id. Every refusal is an RFC 9457 problem (application/problem+json) \
                                whose type is urn:nianbao:problem:<slug>."""));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            if (api.getComponents() == null) api.setComponents(new Components());
            api.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    operation.getResponses().forEach((code, response) -> {
                        if (isError(code)) problemBody(response);
                    })));
        };
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    private static void problemBody(ApiResponse response) {
        response.setContent(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA))));
    }

    /** The fields {@link Problems#problem} sets, and the instance Spring MVC adds. */
    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").example(Problems.TYPE_PREFIX + "field-missing")
                        .description("问题类型，每种拒绝一个 · the stable problem type, one per refusal: "
                                + Problems.TYPE_PREFIX + "<slug>"))
                .addProperty("title", new StringSchema().description("the problem type in English"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("具体说明（中文），指出出错的部分 · what is wrong, in Chinese"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("the request path (set by Spring MVC)"))
                .addProperty("field", new StringSchema().description("出错的请求部分 · the request part at fault "
                        + "(a form field, the X-Api-Key header, body or id); absent when no part is at fault"));
    }
}
