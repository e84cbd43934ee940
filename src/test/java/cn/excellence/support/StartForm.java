package cn.excellence.support;

import java.util.Map;

import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** One process's start form driven as Tasklist's 启动流程 drives it (see {@link Http#submitStartForm}). */
public record StartForm(Http http, String processKey, String defaultUser) {

    public ResponseEntity<JsonNode> submit(String user, Map<String, Object> variables) {
        return http.submitStartForm(user, processKey, variables);
    }

    /** Submits as the default user; the form must be refused with this status and a message containing these words. */
    public void assertRefused(Map<String, Object> variables, int status, String message) {
        Http.assertRefused(submit(defaultUser, variables), status, message);
    }
}
