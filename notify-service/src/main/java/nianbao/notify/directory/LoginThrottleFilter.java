package nianbao.notify.directory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Before the login form's POST is checked: while {@link LoginThrottle} says wait, answer 429 with Retry-After and a
 * page that says so in Chinese (JSON for a client that asks for it), without looking at the password.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    public LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = throttle.waitFor(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
        String message = "登录失败次数过多，已暂停登录。请在 " + readable(seconds) + "后再试；如忘记密码，请联系管理员重置。";
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"login-throttled\",\"retryAfterSeconds\":" + seconds
                    + ",\"message\":\"" + message + "\"}");
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>请稍后再登录</title></head>
                <body><main><h1>请稍后再登录</h1><p id="throttled">%s</p><p><a href="/login">返回登录页</a></p></main>
                </body></html>""".formatted(HtmlUtils.htmlEscape(message)));
    }

    static String readable(long seconds) {
        if (seconds < 60) return seconds + " 秒";
        long minutes = (seconds + 59) / 60;
        return minutes + " 分钟";
    }
}
