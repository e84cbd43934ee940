package cn.excellence.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A text message to the WeCom or DingTalk group robot of the recipient's organization. A refusal (an HTTP error, or a
 * robot's {@code errcode} other than 0) is a failed delivery, retried by the dispatcher.
 */
@Component
class WebhookDelivery {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Webhooks webhooks;
    private final ObjectMapper json;
    private final NotificationProperties properties;

    WebhookDelivery(Webhooks webhooks, ObjectMapper json, NotificationProperties properties) {
        this.webhooks = webhooks;
        this.json = json;
        this.properties = properties;
    }

    /** Sends the row's message; false when its organization has no robot (any more). */
    boolean send(OutboxRow row) throws IOException, InterruptedException {
        Webhooks.Webhook webhook = webhooks.find(row.target()).orElse(null);
        if (webhook == null) {
            return false;
        }
        String text = row.title() + "\n" + row.body() + "\n" + properties.baseUrl() + row.link();
        String payload = json.writeValueAsString(Map.of("msgtype", "text", "text", Map.of("content", text)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("机器人返回 HTTP " + response.statusCode());
        }
        JsonNode answer = response.body() == null || response.body().isBlank() ? null : json.readTree(response.body());
        if (answer != null && answer.has("errcode") && answer.get("errcode").asInt() != 0) {
            throw new IOException("机器人拒收：" + answer);
        }
        return true;
    }
}
