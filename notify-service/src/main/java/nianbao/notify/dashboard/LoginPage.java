package nianbao.notify.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The application's own login page, in Chinese, with the CSRF token in its form. */
@Controller
class LoginPage {

    private final String template;

    LoginPage() {
        try (InputStream in = new ClassPathResource("templates/login.html").getInputStream()) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String login(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return render(template, token.getParameterName(), token.getToken(), notice(request));
    }

    /** The template with the token and the notice put in, each HTML-escaped. */
    static String render(String template, String csrfParameter, String csrfToken, String notice) {
        return template.replace("{{csrfParameter}}", HtmlText.escape(csrfParameter))
                .replace("{{csrfToken}}", HtmlText.escape(csrfToken))
                .replace("{{notice}}", notice.isEmpty() ? "" : "<p class=\"notice\" role=\"status\">" + HtmlText.escape(notice) + "</p>");
    }

    private static String notice(HttpServletRequest request) {
        if (request.getParameter("error") != null) {
            return "用户名或密码不正确，请重新输入。";
        }
        if (request.getParameter("logout") != null) {
            return "您已安全退出。";
        }
        return "";
    }
}
