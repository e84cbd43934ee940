package cn.excellence.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.shared.Groups;
import cn.excellence.support.Http;

@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class EngineSecurityTests {

    private final Http http;
    private final ProcessEngine engine;
    private final AuthorizationService authorizationService;

    @Autowired
    EngineSecurityTests(@LocalServerPort int port, ProcessEngine engine, AuthorizationService authorizationService) {
        this.http = new Http(port);
        this.engine = engine;
        this.authorizationService = authorizationService;
    }

    @Test
    void engineRestRequiresCredentials() {
        ResponseEntity<JsonNode> response = http.anonymous().get().uri("/engine-rest/process-definition")
                .retrieve().toEntity(JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void engineRestRefusesAWrongPassword() {
        ResponseEntity<JsonNode> response = http.as("fund1", "not-the-password").get().uri("/engine-rest/process-definition")
                .retrieve().toEntity(JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void townshipSecretaryCannotSeeProcessInstancesThroughEngineRest() {
        OffsetDateTime now = OffsetDateTime.now();
        ResponseEntity<JsonNode> started = http.as("orgdept").post().uri("/api/duty-review-rounds")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("year", 2026, "title", "测试轮次", "reportDueDate", now.plusDays(7).toString(),
                        "ratingDueDate", now.plusDays(14).toString()))
                .retrieve().toEntity(JsonNode.class);
        assertThat(started.getStatusCode().value()).isEqualTo(201);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isPositive();

        assertThat(processInstanceCount("orgdept")).isPositive();
        assertThat(processInstanceCount("secretary-wulashan")).isZero();
        assertThat(count("secretary-wulashan", "/engine-rest/task/count")).as("the secretary's own task").isPositive();
    }

    @Test
    void onlyThePlatformAdministratorMayDeploy() {
        for (String user : List.of("orgdept", "secretary-wulashan")) {
            ResponseEntity<JsonNode> refused = deploy(user);
            assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(refused.getBody().path("type").asText()).as(user).isEqualTo("AuthorizationException");
        }

        ResponseEntity<JsonNode> byAdmin = deploy("admin");

        assertThat(byAdmin.getStatusCode().value()).isEqualTo(200);
        assertThat(byAdmin.getBody().path("deployedProcessDefinitions").size()).isEqualTo(1);
        assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentNameLike("security-probe-%").list())
                .extracting(d -> d.getName()).containsExactly("security-probe-admin");
    }

    @Test
    void secretariesMayUseTasklistButNotCockpitOrAdmin() {
        List<String> secretary = List.of(Groups.TOWNSHIP_SECRETARY);

        assertThat(applicationAccess("secretary-wulashan", secretary, "tasklist")).isTrue();
        assertThat(applicationAccess("secretary-wulashan", secretary, "cockpit")).isFalse();
        assertThat(applicationAccess("secretary-wulashan", secretary, "admin")).isFalse();
        assertThat(applicationAccess("orgdept", List.of(Groups.ORG_DEPT), "cockpit")).isTrue();
    }

    /** Cockpit's task dashboard counts tasks by candidate group: org-dept (banner-wide) may, a secretary may not. */
    @Test
    void orgDeptReadsTheTaskCountsASecretaryDoesNot() {
        ResponseEntity<JsonNode> orgDept = http.as("orgdept").get().uri("/engine-rest/task/report/candidate-group-count")
                .retrieve().toEntity(JsonNode.class);
        ResponseEntity<JsonNode> secretary = http.as("secretary-wulashan").get().uri("/engine-rest/task/report/candidate-group-count")
                .retrieve().toEntity(JsonNode.class);

        assertThat(orgDept.getStatusCode().value()).isEqualTo(200);
        assertThat(secretary.getStatusCode().value()).isEqualTo(403);
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId("*")
                .groupIdIn(Groups.TOWNSHIP_SECRETARY, Groups.VILLAGE_SECRETARY, Groups.PARTY_SECRETARY).count())
                .as("no secretary reads every task").isZero();
    }

    @Test
    void engineIsHardened() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(configuration.getQueryMaxResultsLimit()).isEqualTo(2000);
    }

    @Test
    void adhocQueryWithAnExpressionIsRefused() {
        ResponseEntity<JsonNode> plain = http.as("secretary-wulashan").get()
                .uri("/engine-rest/task?assignee={assignee}&maxResults=10", "secretary-wulashan")
                .retrieve().toEntity(JsonNode.class);
        ResponseEntity<JsonNode> withExpression = http.as("secretary-wulashan").get()
                .uri("/engine-rest/task?assigneeExpression={expression}&maxResults=10", "${currentUser()}")
                .retrieve().toEntity(JsonNode.class);

        assertThat(plain.getStatusCode().value()).isEqualTo(200);
        assertThat(withExpression.getStatusCode().is4xxClientError()).as("status %s", withExpression.getStatusCode()).isTrue();
        assertThat(withExpression.getBody().path("message").asText()).containsIgnoringCase("expressions are forbidden");
    }

    /** 启动流程 in Tasklist lists what a user may start there; each must open a Chinese start form, never Camunda's bare dialog. */
    @Test
    void whatTasklistOffersToStartOpensAStartForm() {
        for (String user : List.of("secretary-sanhu", "secretary-wulashan", "orgdept", "fund1")) {
            ResponseEntity<JsonNode> startable = http.as(user).get().uri("/engine-rest/process-definition?latestVersion=true&active=true"
                    + "&startableInTasklist=true&startablePermissionCheck=true&maxResults=50").retrieve().toEntity(JsonNode.class);
            assertThat(startable.getStatusCode().value()).as(user).isEqualTo(200);
            for (JsonNode definition : startable.getBody()) {
                JsonNode form = http.as(user).get().uri("/engine-rest/process-definition/{id}/startForm", definition.path("id").asText())
                        .retrieve().body(JsonNode.class);
                assertThat(opensACamundaForm(form)).as(user + " " + definition.path("key").asText() + ": " + form).isTrue();
            }
        }
        ResponseEntity<JsonNode> all = http.as("admin").get().uri("/engine-rest/process-definition?latestVersion=true&maxResults=50")
                .retrieve().toEntity(JsonNode.class);
        assertThat(all.getBody()).as("processes without a start form are not offered").allSatisfy(d -> {
            if (d.path("startableInTasklist").asBoolean()) {
                assertThat(opensACamundaForm(http.as("admin").get().uri("/engine-rest/process-definition/{id}/startForm", d.path("id").asText())
                        .retrieve().body(JsonNode.class))).as(d.path("key").asText()).isTrue();
            }
        });
    }

    /** A Camunda Form, deployed with the model ({@code camunda-forms:} key) or referenced by its id ({@code camunda:formRef}). */
    private static boolean opensACamundaForm(JsonNode startForm) {
        return startForm.path("key").asText().startsWith("camunda-forms:") || startForm.path("camundaFormRef").path("key").isTextual();
    }

    private long processInstanceCount(String user) {
        return count(user, "/engine-rest/process-instance/count");
    }

    private long count(String user, String uri) {
        ResponseEntity<JsonNode> response = http.as(user).get().uri(uri).retrieve().toEntity(JsonNode.class);
        assertThat(response.getStatusCode().value()).as(user).isEqualTo(200);
        return response.getBody().path("count").asLong(-1);
    }

    private ResponseEntity<JsonNode> deploy(String user) {
        String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess("SecurityProbe_" + user.replace("-", "_"))
                .camundaHistoryTimeToLive(1).startEvent("StartEvent_Probe").endEvent("EndEvent_Probe").done());
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "security-probe-" + user);
        parts.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "security-probe.bpmn";
            }
        });
        return http.as(user).post().uri("/engine-rest/deployment/create").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).retrieve().toEntity(JsonNode.class);
    }

    private boolean applicationAccess(String user, List<String> groups, String application) {
        return authorizationService.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, application);
    }
}
