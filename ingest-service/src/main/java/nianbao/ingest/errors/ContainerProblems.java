package nianbao.ingest.errors;

import java.net.SocketTimeoutException;
import nianbao.ingest.Problems;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem for a status the servlet container or Spring decided before any of our checks ran (a malformed request
 * line, oversized headers, an unknown path, a body that never arrived). The detail is written for a clerk: what
 * happened and what to do, without status codes or exception text.
 */
public final class ContainerProblems {

    /**
     * Tomcat reports request headers over {@code server.max-http-request-header-size} as a 400 whose exception carries
     * this message, in the JVM's locale: the same string manager gives the same text.
     */
    private static final String HEADER_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
            .getString("iib.requestheadertoolarge.error");

    private ContainerProblems() {
    }

    public static ProblemDetail of(int status, Throwable cause) {
        if (status == 408 || causedBy(cause, SocketTimeoutException.class)) return requestTimeout();
        if (cause instanceof IllegalArgumentException && HEADER_TOO_LARGE.equals(cause.getMessage())) return headerTooLarge();
        return switch (status) {
            case 404 -> Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                    "请求的地址不存在。报送请使用报送页面，查询请使用回执中的查询地址。", null);
            case 405 -> Problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
                    "该地址不支持此种请求方式。报送请使用报送页面，或按接口说明提交。", null);
            case 406, 415 -> Problems.problem(HttpStatus.valueOf(status), "unsupported-request-format",
                    "Request format not supported",
                    "请求格式不受支持：报送请以表单上传文件（multipart/form-data），或以 JSON 粘贴报告正文。", null);
            case 413 -> Problems.problem(HttpStatus.valueOf(413), "request-too-large", "Request too large",
                    "请求过大，无法受理。单个报告的大小上限见报送页面。", null);
            case 414 -> Problems.problem(HttpStatus.URI_TOO_LONG, "uri-too-long", "Address too long",
                    "请求地址过长，无法受理。查询请使用回执中的查询地址。", null);
            case 431 -> headerTooLarge();
            case 503 -> Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                    "服务暂时不可用，本次请求未被受理，请稍后重试。", null);
            default -> status >= 500 || status < 400
                    ? Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                            "服务内部出错，本次请求未被受理，请稍后重试。如多次出现，请联系上级政务公开主管部门。", null)
                    : Problems.problem(clientError(status), "bad-request", "Malformed request",
                            "请求格式不正确，无法受理（例如地址中含有不允许的字符）。报送请使用报送页面，查询请使用回执中的查询地址。", null);
        };
    }

    /** The status itself where it is a known client error (411, 400, …), else 400. */
    private static HttpStatus clientError(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known != null && known.is4xxClientError() ? known : HttpStatus.BAD_REQUEST;
    }

    public static ProblemDetail headerTooLarge() {
        return Problems.problem(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "header-too-large", "Request headers too large",
                "请求头过大，无法受理。请核对 API 密钥（X-Api-Key）是否填写正确，它只有几十个字符。", "X-Api-Key");
    }

    public static ProblemDetail requestTimeout() {
        return Problems.problem(HttpStatus.REQUEST_TIMEOUT, "request-timeout", "Request not received in time",
                "未能在规定时间内收到完整的请求（上传过慢或中断），本次提交未被受理。请检查网络后重新提交。", null);
    }

    public static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        return cause(failure, kind) != null;
    }

    /** The first throwable of the kind in the cause chain, or null. */
    public static <T extends Throwable> T cause(Throwable failure, Class<T> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) return kind.cast(t);
        }
        return null;
    }
}
