package cn.excellence.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One browser: its own cookies, redirects not followed, requests sent exactly as built. For the session login
 * (/admin/login), the webapps and anything {@link Http} would normalise; API calls as a demo user go through {@link Http}.
 */
public final class WebSession {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

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
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getValue();
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
