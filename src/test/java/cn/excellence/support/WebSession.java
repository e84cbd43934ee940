package cn.excellence.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Collectors;

import javax.net.ssl.SSLSession;

import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One browser: its own cookies, redirects not followed, requests sent exactly as built. For the session login
 * (/admin/login), the webapps and anything {@link Http} would normalise; API calls as a demo user go through {@link Http}.
 * Requests are written with the JDK's {@link HttpRequest} builder and answered as an {@link HttpResponse}; they travel over
 * the same blocking client as {@link Http}'s (the JDK's own {@link HttpClient} cost about a millisecond more per request).
 */
public final class WebSession {

    private final int port;
    private final BasicCookieStore cookies = new BasicCookieStore();
    private final CloseableHttpClient client = Http.asWritten().setDefaultCookieStore(cookies).build();

    public WebSession(int port) {
        this.port = port;
    }

    public HttpResponse<String> logIn(String user, String password) {
        return logIn(user, password, "/admin/modeler", null);
    }

    /** The shared login form as a page posts it, with the page to go to next and, when given, the Origin header. */
    public HttpResponse<String> logIn(String user, String password, String next, String origin) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", user);
        form.put("password", password);
        form.put("next", next);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    /** A JSON POST from one of our pages, with the session's CSRF token. */
    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken()).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The CSRF token our pages send (from /api/session). */
    public String csrfToken() {
        try {
            return new ObjectMapper().readTree(get("/api/session").body()).path("csrfToken").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The webapps' own CSRF token (cookie XSRF-TOKEN), for their API under /camunda/api. */
    public String webappCsrfToken() {
        get("/camunda/api/admin/auth/user/default");
        return cookie("XSRF-TOKEN");
    }

    public String cookie(String name) {
        return cookies.getCookies().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getValue();
    }

    /** Sends the request as built (method, headers, body) and answers with its status, headers and body read as UTF-8. */
    public HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        ClassicHttpRequest sent = new BasicClassicHttpRequest(request.method(), request.uri());
        request.headers().map().forEach((name, values) -> values.forEach(value -> sent.addHeader(name, value)));
        request.bodyPublisher().ifPresent(body -> sent.setEntity(new ByteArrayEntity(bytes(body), null)));
        try {
            return client.execute(sent, response -> new Answer(request, response.getCode(), headers(response),
                    response.getEntity() == null ? "" : new String(EntityUtils.toByteArray(response.getEntity()), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpHeaders headers(ClassicHttpResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return HttpHeaders.of(headers, (name, value) -> true);
    }

    /** What a body publisher of the JDK's builder holds (those the tests use hand over their bytes at once). */
    private static byte[] bytes(HttpRequest.BodyPublisher body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<Void> read = new CompletableFuture<>();
        body.subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer buffer) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable failure) {
                read.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                read.complete(null);
            }
        });
        read.join();
        return bytes.toByteArray();
    }

    /** An answer as the JDK's client would have given it. */
    private record Answer(HttpRequest request, int statusCode, HttpHeaders headers, String body) implements HttpResponse<String> {

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
