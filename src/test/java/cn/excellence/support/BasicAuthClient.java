package cn.excellence.support;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Real HTTP calls to the application under test, as a demo user with HTTP Basic (password = user id)
 * or without credentials. Error statuses come back as responses, so tests assert on them.
 */
public final class BasicAuthClient {

    private final String baseUrl;
    private final RestClient anonymous;

    public BasicAuthClient(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.anonymous = RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(new JdkClientHttpRequestFactory())
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    public RestClient as(String userId) {
        return as(userId, userId);
    }

    public RestClient as(String userId, String password) {
        return anonymous.mutate().defaultHeaders(headers -> headers.setBasicAuth(userId, password)).build();
    }

    public RestClient anonymous() {
        return anonymous;
    }

    /** For a request whose path must reach the server exactly as written, with {@code URI.create(baseUrl() + path)}. */
    public String baseUrl() {
        return baseUrl;
    }
}
