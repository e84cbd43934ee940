package cn.excellence.shared.engine.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
 * list of the groups that have authorizations, while the authorization check itself still runs; a command's own check is
 * answered from the grant rows in one plain statement, with the engine's answer for every mix of grants and checks.
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
        List<String> groups = groupsOf(SECRETARY);
        List<String> sent = asSecretary(() -> engine.getTaskService().createTaskQuery().taskCandidateGroupIn(groups).listPage(0, 50));

        assertThat(sent).as("the revoke look-up").noneMatch(sql -> sql.contains("TYPE_ = 2"));
        assertThat(sent).as("the groups that have authorizations").noneMatch(sql -> sql.contains("distinct(A.GROUP_ID_)"));
        assertThat(sent).as("the task query with its authorization check")
                .anyMatch(sql -> sql.contains("ACT_RU_TASK") && sql.contains("ACT_RU_AUTHORIZATION"));
    }

    @Test
    void aCommandsOwnCheckIsAnsweredFromTheGrantRowsInOnePlainStatement() {
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().get(0);
        List<String> sent = asSecretary(() -> {
            try {
                engine.getRepositoryService().getProcessDefinition(definition.getId());
            } catch (AuthorizationException refused) {
                // allowed or refused alike: the statements are what this test looks at
            }
        });

        assertThat(sent).as("the grants that could answer the check, read in one statement")
                .filteredOn(sql -> sql.contains("ACT_RU_AUTHORIZATION")).hasSize(1)
                .allMatch(sql -> sql.startsWith("select TYPE_, USER_ID_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ from"));
        assertThat(sent).as("the engine's own check statement").noneMatch(sql -> sql.contains("WHEN EXISTS"));
    }

    /**
     * The shortcut against the engine's own statement (a plain {@link AuthorizationManager}, revokes off as configured), in
     * one command: random grants of a user, their groups, another user and group, and global ones, on two resource types, a
     * resource id or every id, with random permissions; then random checks of one to four atomic checks, "any of" or "all of",
     * with and without a not-found value, by the user, the other user, a user without groups and no user. Fixed seeds, so a
     * difference is reproducible.
     */
    @Test
    void aCommandsOwnCheckGivesTheEnginesAnswerForEveryMixOfGrantsAndChecks() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        for (long seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            List<String> saved = grantAtRandom(random);
            try {
                long compared = seed;
                configuration.getCommandExecutorTxRequired().execute(context -> {
                    AuthorizationManager ours = context.getAuthorizationManager();
                    assertThat(ours).isInstanceOf(GrantOnlyAuthorizationManager.class);
                    AuthorizationManager engines = new AuthorizationManager();
                    for (int i = 0; i < 150; i++) {
                        CompositePermissionCheck check = checkAtRandom(random);
                        int asker = random.nextInt(ASKERS.size());
                        String user = ASKERS.get(asker);
                        List<String> groups = ASKER_GROUPS.get(asker);
                        assertThat(ours.isAuthorized(user, groups, check)).as("seed %d, check %d: %s by %s %s", compared, i, describe(check), user, groups)
                                .isEqualTo(engines.isAuthorized(user, groups, check));
                    }
                    return null;
                });
            } finally {
                saved.forEach(engine.getAuthorizationService()::deleteAuthorization);
            }
        }
    }

    static final List<String> ASKERS = Arrays.asList("eq-user", "eq-other", "eq-loner", null);
    static final List<List<String>> ASKER_GROUPS = List.of(List.of("eq-g1", "eq-g2"), List.of("eq-g3"), List.of(), List.of("eq-g1"));
    static final List<Resource> RESOURCES = List.of(Resources.TASK, Resources.PROCESS_DEFINITION);
    static final List<List<Permission>> PERMISSIONS = List.of(
            List.of(TaskPermissions.READ, TaskPermissions.UPDATE, TaskPermissions.TASK_WORK, TaskPermissions.TASK_ASSIGN, TaskPermissions.ALL),
            List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK,
                    ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.ALL));
    static final List<String> IDS = Arrays.asList("eq-a", "eq-b", Authorization.ANY, null);

    private List<String> grantAtRandom(Random random) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        List<String> saved = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 14; i++) {
            int principal = random.nextInt(5);
            int resource = random.nextInt(RESOURCES.size());
            String id = IDS.get(random.nextInt(3));
            if (!taken.add(principal + "/" + resource + "/" + id)) {
                continue;
            }
            Authorization grant = authorizations.createNewAuthorization(principal == 4 ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
            switch (principal) {
                case 0 -> grant.setUserId("eq-user");
                case 1 -> grant.setUserId("eq-other");
                case 2 -> grant.setGroupId("eq-g" + (1 + random.nextInt(2)));
                case 3 -> grant.setGroupId("eq-g3");
                default -> grant.setUserId(Authorization.ANY);
            }
            grant.setResource(RESOURCES.get(resource));
            grant.setResourceId(id);
            List<Permission> permissions = PERMISSIONS.get(resource);
            for (int p = 0, n = 1 + random.nextInt(2); p < n; p++) {
                grant.addPermission(permissions.get(random.nextInt(permissions.size())));
            }
            saved.add(authorizations.saveAuthorization(grant).getId());
        }
        return saved;
    }

    private static CompositePermissionCheck checkAtRandom(Random random) {
        CompositePermissionCheck check = new CompositePermissionCheck(random.nextBoolean());
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            int resource = random.nextInt(RESOURCES.size());
            PermissionCheck atomic = new PermissionCheck();
            atomic.setResource(RESOURCES.get(resource));
            atomic.setPermission(PERMISSIONS.get(resource).get(random.nextInt(PERMISSIONS.get(resource).size())));
            atomic.setResourceId(IDS.get(random.nextInt(IDS.size())));
            int notFound = random.nextInt(5);
            atomic.setAuthorizationNotFoundReturnValue(notFound == 0 ? Long.valueOf(0) : notFound == 1 ? Long.valueOf(1) : null);
            check.addAtomicCheck(atomic);
        }
        return check;
    }

    private static String describe(CompositePermissionCheck check) {
        return (check.isDisjunctive() ? "any of " : "all of ") + check.getAtomicChecks().stream()
                .map(c -> c.getPermission().getName() + " on " + c.getResource().resourceName() + " " + c.getResourceId() + " (not found: "
                        + c.getAuthorizationNotFoundReturnValue() + ")").toList();
    }

    /** The statements the work sends, done as the secretary with their groups (the engine's authorizations on). */
    private List<String> asSecretary(Runnable work) {
        engine.getIdentityService().setAuthentication(SECRETARY, groupsOf(SECRETARY));
        try {
            return statements.during(work);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private List<String> groupsOf(String user) {
        return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
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
