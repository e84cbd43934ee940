package cn.excellence.support;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** HTTP calls as a demo user (password = user id), with real security. */
public final class Http {

    private final TestRestTemplate rest;

    public Http(TestRestTemplate rest) {
        this.rest = rest;
    }

    public ResponseEntity<Map<String, Object>> get(String user, String path) {
        return exchange(user, HttpMethod.GET, path, null, MediaType.APPLICATION_JSON);
    }

    public ResponseEntity<List<Map<String, Object>>> getList(String user, String path) {
        return client(user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers(MediaType.APPLICATION_JSON)),
                new ParameterizedTypeReference<>() { });
    }

    public ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        return exchange(user, HttpMethod.POST, path, body, MediaType.APPLICATION_JSON);
    }

    public ResponseEntity<Map<String, Object>> post(String user, String path, Object body, String header, String value) {
        HttpHeaders headers = headers(MediaType.APPLICATION_JSON);
        headers.set(header, value);
        return client(user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() { });
    }

    public ResponseEntity<Map<String, Object>> exchange(String user, HttpMethod method, String path, Object body, MediaType type) {
        return client(user).exchange(path, method, new HttpEntity<>(body, headers(type)),
                new ParameterizedTypeReference<>() { });
    }

    private TestRestTemplate client(String user) {
        return user == null ? rest : rest.withBasicAuth(user, user);
    }

    private static HttpHeaders headers(MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return headers;
    }
}
