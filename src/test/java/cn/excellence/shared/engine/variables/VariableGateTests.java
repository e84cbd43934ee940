package cn.excellence.shared.engine.variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.dutyreview.DutyReviewProcess;
import cn.excellence.shared.TaskInputException;
import cn.excellence.support.Http;

/**
 * Finding 3 of issue 10: a secretary could store an {@code Object} variable naming any Java class on their
 * own task, and the next reader of the process's variables got a 500. Now only the allowed types are
 * stored, Java serialization is refused, and both are a 400 with a Chinese message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class VariableGateTests {

    private final Http http;
    private final ProcessEngine engine;
    private String task;

    @Autowired
    VariableGateTests(@LocalServerPort int port, ProcessEngine engine) {
        this.http = new Http(port);
        this.engine = engine;
    }

    @BeforeEach
    void openADutyReport() {
        ResponseEntity<JsonNode> round = http.as("orgdept").post().uri("/api/duty-review-rounds").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("year", 2026, "title", "变量测试轮次", "townships", List.of("wulashan"), "reviewers", List.of("plenary1"),
                        "reportDueDate", OffsetDateTime.now().plusDays(7).toString(), "ratingDueDate", OffsetDateTime.now().plusDays(14).toString()))
                .retrieve().toEntity(JsonNode.class);
        assertThat(round.getStatusCode().value()).isEqualTo(201);
        task = engine.getTaskService().createTaskQuery().taskDefinitionKey(DutyReviewProcess.TASK_SUBMIT_REPORT)
                .taskAssignee("secretary-wulashan").orderByTaskCreateTime().desc().list().get(0).getId();
    }

    private ResponseEntity<JsonNode> put(String name, Map<String, Object> value) {
        return http.as("secretary-wulashan").put().uri("/engine-rest/task/" + task + "/variables/" + name).contentType(MediaType.APPLICATION_JSON)
                .body(value).retrieve().toEntity(JsonNode.class);
    }

    private static Map<String, Object> object(String typeName, String format, String value) {
        return Map.of("type", "Object", "value", value, "valueInfo", Map.of("objectTypeName", typeName, "serializationDataFormat", format));
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.lang.ProcessBuilder", "java.lang.Runtime", "java.util.ArrayList<java.lang.ProcessBuilder>",
            "javax.script.ScriptEngineManager", "org.springframework.context.support.ClassPathXmlApplicationContext"})
    void aSecretaryCannotPoisonTheProcessWithAnObjectOfAForeignType(String typeName) {
        ResponseEntity<JsonNode> refused = put("x", object(typeName, "application/json", "{}"));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("不接受该对象类型的变量：只能使用文字、数字、布尔、日期和 JSON 值。");
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName("x").count()).isZero();
        ResponseEntity<JsonNode> next = http.as("secretary-wulashan").get().uri("/engine-rest/task/" + task + "/variables")
                .retrieve().toEntity(JsonNode.class);
        assertThat(next.getStatusCode().value()).as("the task's variables can still be read").isEqualTo(200);
    }

    @Test
    void javaSerializedValuesAreRefusedWithA400() {
        ResponseEntity<JsonNode> refused = put("x", object("java.util.HashMap", "application/x-java-serialized-object", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA=="));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().path("message").asText()).contains("不接受 Java 序列化的变量值");
    }

    @Test
    void anObjectWithoutItsTypeNameIsRefusedWithA400() {
        ResponseEntity<JsonNode> refused = put("x", Map.of("type", "Object", "value", "{}", "valueInfo", Map.of("serializationDataFormat", "application/json")));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().path("message").asText()).contains("objectTypeName");
    }

    @Test
    void textWithNulIsRefused() {
        ResponseEntity<JsonNode> refused = put("x", Map.of("type", "String", "value", "a\u0000b"));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().path("message").asText()).isEqualTo("“x”含有不可见的控制字符（NUL），请删除后重试。");
    }

    @Test
    void primitiveDateAndJsonValuesOfAllowedTypesAreKept() {
        assertThat(put("text", Map.of("type", "String", "value", "文字")).getStatusCode().value()).isEqualTo(204);
        assertThat(put("count", Map.of("type", "Long", "value", 42)).getStatusCode().value()).isEqualTo(204);
        assertThat(put("due", Map.of("type", "Date", "value", "2026-07-01T08:00:00.000+0800")).getStatusCode().value()).isEqualTo(204);
        assertThat(put("list", object("java.util.ArrayList<java.lang.Long>", "application/json", "[1,2]")).getStatusCode().value())
                .isEqualTo(204);

        ResponseEntity<JsonNode> read = http.as("secretary-wulashan").get().uri("/engine-rest/task/" + task + "/variables")
                .retrieve().toEntity(JsonNode.class);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(read.getBody().path("list").path("value").toString()).isEqualTo("[1,2]");
    }

    @Test
    void theApplicationsOwnObjectsPassAndForeignOnesAreRefusedInJavaToo() {
        String processInstance = engine.getTaskService().createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        engine.getRuntimeService().setVariable(processInstance, "ids", Variables.objectValue(new ArrayList<>(List.of(1L, 2L)))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());

        assertThat(engine.getRuntimeService().getVariable(processInstance, "ids")).isEqualTo(List.of(1L, 2L));
        assertThatThrownBy(() -> engine.getRuntimeService().setVariable(processInstance, "address",
                Variables.objectValue(java.net.URI.create("http://example.com/")).serializationDataFormat(Variables.SerializationDataFormats.JSON).create()))
                .isInstanceOf(TaskInputException.class);
    }
}
