package nianbao.notify.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * How a supervisor wants notices besides the e-mail of each alert, as an administrator enters it: a webhook (an https
 * URL, or none) and the morning digest mail. Checked with reasons in Chinese; pure.
 */
public record DeliveryPreferences(String webhookUrl, boolean dailyDigest) {

    private static final int MAX_URL_LENGTH = 2000;

    public record Checked(DeliveryPreferences preferences, List<FieldProblem> problems) {
    }

    /** A blank URL means no webhook. */
    public static Checked check(String webhookUrl, Boolean dailyDigest) {
        String url = webhookUrl == null ? "" : webhookUrl.strip();
        boolean digest = dailyDigest != null && dailyDigest;
        if (url.isEmpty()) {
            return new Checked(new DeliveryPreferences(null, digest), List.of());
        }
        String problem = urlProblem(url);
        return problem == null ? new Checked(new DeliveryPreferences(url, digest), List.of())
                : new Checked(null, List.of(new FieldProblem(0, "webhookUrl", "回调地址", problem)));
    }

    /** Notices carry agencies' findings: only to an https address with a host, and no password inside the URL. */
    private static String urlProblem(String url) {
        if (url.length() > MAX_URL_LENGTH) return "不能超过 " + MAX_URL_LENGTH + " 个字符";
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "「" + url + "」不是有效的网址";
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) return "须以 https:// 开头（通知内容须加密传输）";
        if (uri.getHost() == null || uri.getHost().isBlank()) return "「" + url + "」缺少主机名";
        if (uri.getRawUserInfo() != null) return "网址中不能包含用户名或密码";
        if (uri.getRawFragment() != null) return "网址中不能包含“#”片段";
        return null;
    }
}
