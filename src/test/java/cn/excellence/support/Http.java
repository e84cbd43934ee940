package cn.excellence.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The tests' one HTTP client: real calls to the application under test as a demo user with HTTP Basic
 * (password = user id), or without credentials. Error statuses come back as responses, so tests assert on them.
 * Besides the JSON shortcuts it drives the engine REST API the way Tasklist does (start forms, task forms).
 */
public final class Http {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    /** As many connections as the busiest test runs requests at once (the fund race, simultaneous ratings). */
    private static final int CONNECTIONS = 64;

    private final String baseUrl;
    private final RestClient anonymous;

    public Http(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.anonymous = RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(new HttpComponentsClientHttpRequestFactory(asWritten()
                        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                                .setMaxConnPerRoute(CONNECTIONS).setMaxConnTotal(CONNECTIONS).build())
                        .disableCookieManagement().build()))
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    /**
     * The tests' HTTP client (Apache HttpClient 5; the JDK's own cost 1-2 ms more per request): each request exactly as
     * sent and its answer as given, so no redirects followed, no retries, no compression. {@link WebSession} adds cookies.
     */
    static HttpClientBuilder asWritten() {
        return HttpClients.custom().disableRedirectHandling().disableAutomaticRetries().disableContentCompression();
    }

    /** A client that sends every request as this demo user. */
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

    public ResponseEntity<Map<String, Object>> get(String user, String path) {
        return client(user).get().uri(path).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON).retrieve().toEntity(OBJECT);
    }

    public ResponseEntity<List<Map<String, Object>>> getList(String user, String path) {
        return client(user).get().uri(path).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON).retrieve().toEntity(LIST);
    }

    public ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
        return exchange(user, HttpMethod.POST, path, body, MediaType.APPLICATION_JSON);
    }

    public ResponseEntity<Map<String, Object>> post(String user, String path, Object body, String header, String value) {
        return client(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).header(header, value)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON).body(body).retrieve().toEntity(OBJECT);
    }

    /** Uploads a file as a browser's form does (multipart/form-data, the file in part {@code part}). */
    public ResponseEntity<Map<String, Object>> upload(String user, String path, String part, String filename, byte[] file) {
        org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add(part, new org.springframework.core.io.ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        return client(user).post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON).body(form).retrieve().toEntity(OBJECT);
    }

    public ResponseEntity<Map<String, Object>> exchange(String user, HttpMethod method, String path, Object body, MediaType type) {
        RestClient.RequestBodySpec request = client(user).method(method).uri(path).contentType(type)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        if (body != null) {
            request.body(body);
        }
        return request.retrieve().toEntity(OBJECT);
    }

    /** What Tasklist's 启动流程 posts: the start form's values, as given, to the process's latest version. */
    public ResponseEntity<JsonNode> submitStartForm(String user, String processKey, Map<String, Object> variables) {
        return as(user).post().uri("/engine-rest/process-definition/key/{key}/submit-form", processKey)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", variables)).retrieve().toEntity(JsonNode.class);
    }

    /** What Tasklist's 完成 posts: the task form's values, as given. */
    public ResponseEntity<JsonNode> submitTaskForm(String user, String taskId, Map<String, Object> variables) {
        return as(user).post().uri("/engine-rest/task/{id}/submit-form", taskId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("variables", variables)).retrieve().toEntity(JsonNode.class);
    }

    /** Submits a task form and asserts the engine took it (204). */
    public void completeTaskForm(String user, String taskId, Map<String, Object> variables) {
        ResponseEntity<JsonNode> completed = submitTaskForm(user, taskId, variables);
        assertThat(completed.getStatusCode().value()).as(String.valueOf(completed.getBody())).isEqualTo(204);
    }

    /** The values a task form opens with, as Tasklist reads them. */
    public JsonNode formVariables(String user, String taskId) {
        return as(user).get().uri("/engine-rest/task/{id}/form-variables", taskId).retrieve().body(JsonNode.class);
    }

    /** The keys of the processes this user may start, as Tasklist's 启动流程 lists them. */
    public List<String> startableProcessKeys(String user) {
        JsonNode definitions = as(user).get().uri("/engine-rest/process-definition?latestVersion=true&startableInTasklist=true"
                + "&startablePermissionCheck=true&active=true&maxResults=50").retrieve().body(JsonNode.class);
        return definitions.findValuesAsText("key");
    }

    /** The start form of one process, submitted by default as the user who normally starts it. */
    public StartForm startForm(String processKey, String defaultUser) {
        return new StartForm(this, processKey, defaultUser);
    }

    /** A refusal as the engine REST API reports it: this status and a message containing these words. */
    public static void assertRefused(ResponseEntity<JsonNode> refused, int status, String message) {
        assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(status);
        assertThat(refused.getBody().path("message").asText()).contains(message);
    }

    private RestClient client(String user) {
        return user == null ? anonymous : as(user);
    }
}
