package cn.excellence.shared.engine.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.excellence.shared.TaskInputException;
import cn.excellence.support.Http;
import cn.excellence.support.StatementLog;
import cn.excellence.support.WebSession;

/**
 * The application only grants: a REVOKE authorization is refused on every path (Java API, the engine REST and Camunda
 * Admin's engine API with a Chinese 400, turning a grant into a revoke), a grant is still saved, and so the engine's commands look for no revoke and read no
 * list of the groups that have authorizations, while the authorization check itself still runs.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@Import(StatementLog.class)
@DirtiesContext
class GrantOnlyAuthorizationTests {

    static final String ADMIN = "admin";
    static final String SECRETARY = "secretary-wulashan";

    private final int port;
    private final Http http;
    private final ProcessEngine engine;
    private final StatementLog statements;

    @Autowired
    GrantOnlyAuthorizationTests(@LocalServerPort int port, ProcessEngine engine, StatementLog statements) {
        this.port = port;
        this.http = new Http(port);
        this.engine = engine;
        this.statements = statements;
    }

    @Test
    void aRevokeIsRefusedThroughTheJavaApi() {
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId(SECRETARY);
        revoke.setResource(Resources.TASK);
        revoke.setResourceId(Authorization.ANY);
        revoke.removePermission(Permissions.READ);

        assertThatThrownBy(() -> authorizations.saveAuthorization(revoke)).isInstanceOf(TaskInputException.class)
                .hasMessage(GrantOnlyAuthorizationManager.REVOKE_REFUSED);
        assertThat(revokes()).isZero();
    }

    @Test
    void aGrantCannotBeTurnedIntoARevoke() {
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization grant = authorizations.createAuthorizationQuery().userIdIn(SECRETARY).list().get(0);
        ((AuthorizationEntity) grant).setAuthorizationType(Authorization.AUTH_TYPE_REVOKE);

        assertThatThrownBy(() -> authorizations.saveAuthorization(grant)).isInstanceOf(TaskInputException.class);
        assertThat(revokes()).isZero();
    }

    @Test
    void aRevokeIsRefusedThroughTheEngineRestInChinese() {
        ResponseEntity<JsonNode> refused = create(Authorization.AUTH_TYPE_REVOKE);

        Http.assertRefused(refused, 400, "不使用“撤销”(REVOKE)授权");
        assertThat(revokes()).isZero();
    }

    @Test
    void aRevokeIsRefusedThroughCamundaAdmin() throws Exception {
        WebSession admin = new WebSession(port);
        admin.logIn(ADMIN, ADMIN);

        HttpResponse<String> refused = admin.send(HttpRequest.newBuilder(admin.uri("/camunda/api/engine/engine/default/authorization/create"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", admin.webappCsrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(authorization(Authorization.AUTH_TYPE_REVOKE)))));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("不使用“撤销”(REVOKE)授权");
        assertThat(revokes()).isZero();
    }

    @Test
    void aGrantIsStillSavedThroughTheEngineRest() {
        ResponseEntity<JsonNode> saved = create(Authorization.AUTH_TYPE_GRANT);

        assertThat(saved.getStatusCode().value()).as(String.valueOf(saved.getBody())).isEqualTo(200);
        engine.getAuthorizationService().deleteAuthorization(saved.getBody().path("id").asText());
    }

    @Test
    void aCommandLooksForNoRevokeAndReadsNoGroupListButStillChecks() {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(SECRETARY).list().stream().map(Group::getId).toList();
        engine.getIdentityService().setAuthentication(SECRETARY, groups);
        List<String> sent;
        try {
            sent = statements.during(() -> engine.getTaskService().createTaskQuery().taskCandidateGroupIn(groups).listPage(0, 50));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(sent).as("the revoke look-up").noneMatch(sql -> sql.contains("TYPE_ = 2"));
        assertThat(sent).as("the groups that have authorizations").noneMatch(sql -> sql.contains("distinct(A.GROUP_ID_)"));
        assertThat(sent).as("the task query with its authorization check")
                .anyMatch(sql -> sql.contains("ACT_RU_TASK") && sql.contains("ACT_RU_AUTHORIZATION"));
    }

    private ResponseEntity<JsonNode> create(int type) {
        return http.as(ADMIN).post().uri("/engine-rest/authorization/create").contentType(MediaType.APPLICATION_JSON).body(authorization(type))
                .retrieve().toEntity(JsonNode.class);
    }

    private static Map<String, Object> authorization(int type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("permissions", List.of("READ"));
        body.put("userId", SECRETARY);
        body.put("resourceType", Resources.FILTER.resourceType());
        body.put("resourceId", "grant-only-test");
        return body;
    }

    private long revokes() {
        return engine.getAuthorizationService().createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
    }
}
