package nianbao.notify.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nianbao.notify.alerts.Alert;
import nianbao.notify.alerts.Finding;
import nianbao.notify.delivery.Channel;
import nianbao.notify.delivery.Notice;
import nianbao.notify.delivery.NoticeSender;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs a notice as JSON to the supervisor's webhook, signed with its secret over the send time and the body. Any
 * answer but 2xx is a failure; the outbox then retries with back-off and keeps the last error for the dashboard. Every
 * send of the same notice, a re-send after a crash included, carries the same {@value #DELIVERY_HEADER}; its
 * timestamp and signature are those of that send.
 */
@Component
public class WebhookNoticeSender implements NoticeSender {

    public static final String DELIVERY_HEADER = "X-Nianbao-Delivery";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json;
    private final Clock clock;

    public WebhookNoticeSender(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Notice notice) throws Exception {
        byte[] body = json.writeValueAsBytes(payload(notice));
        Instant now = clock.instant();
        HttpRequest request = HttpRequest.newBuilder(URI.create(notice.supervisor().webhookUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(DELIVERY_HEADER, notice.id())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(now.getEpochSecond()))
                .header(WebhookSignature.HEADER, WebhookSignature.sign(now, body, notice.supervisor().webhookSecret()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("webhook answered HTTP " + response.statusCode());
        }
    }

    static Map<String, Object> payload(Notice notice) {
        Alert first = notice.first();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("noticeId", notice.id());
        payload.put("kind", notice.kind().name());
        payload.put("supervisor", notice.supervisor().username());
        payload.put("agency", first.agency());
        payload.put("reportYear", first.reportYear());
        payload.put("submissionId", notice.submissionId());
        List<Finding> findings = notice.alerts().stream().map(Alert::finding).toList();
        payload.put("findings", findings);
        return payload;
    }
}
