package cn.excellence.shared.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.shared.Groups;
import cn.excellence.support.Http;
import cn.excellence.support.WebSession;

/**
 * The prod profile (等保 2.0): no demo users and no known password; the configured first
 * administrator must change the password before anything else; the password policy holds on the
 * engine REST; whoever gets a password from an administrator must change it too; the session idles out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "excellence.security.first-admin.user=" + ProdProfileTests.FIRST_ADMIN,
        "excellence.security.first-admin.password=" + ProdProfileTests.INITIAL_PASSWORD,
        "spring.session.timeout=20m"})
@ActiveProfiles({"test", "prod"})
@DirtiesContext
class ProdProfileTests {

    static final String FIRST_ADMIN = "root-admin";
    static final String INITIAL_PASSWORD = "Initial#Pass2026";
    private static final String STRONG = "Strong-Pass-2026";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcClient jdbc;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private ResponseEntity<JsonNode> get(String user, String password, String path) {
        return http.as(user, password).get().uri(path).retrieve().toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> changePassword(String user, String password, String oldPassword, String newPassword) {
        return http.as(user, password).post().uri("/api/account/password").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("oldPassword", oldPassword, "newPassword", newPassword)).retrieve().toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> createUser(String admin, String id, String password) {
        return http.as(admin, STRONG).post().uri("/engine-rest/user/create").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("profile", Map.of("id", id, "firstName", "测试", "lastName", "用户"),
                        "credentials", Map.of("password", password)))
                .retrieve().toEntity(JsonNode.class);
    }

    /** An administrator made here, outside any request: no password change is required of them. */
    private String readyAdministrator(String id) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setPassword(STRONG);
            identityService.saveUser(user);
            identityService.createMembership(id, Groups.CAMUNDA_ADMIN);
        }
        return id;
    }

    @Test
    void noDemoUserAndNoDefaultPasswordLetsAnyoneIn() {
        for (String[] credentials : new String[][] {{"admin", "admin"}, {"secretary-wulashan", "secretary-wulashan"},
                {"orgdept", "orgdept"}, {FIRST_ADMIN, "admin"}}) {
            assertThat(get(credentials[0], credentials[1], "/api/session").getStatusCode().value())
                    .as(credentials[0] + "/" + credentials[1]).isEqualTo(401);
        }
        assertThat(identityService.createUserQuery().userId("secretary-wulashan").count()).as("no demo users").isZero();
        assertThat(identityService.createUserQuery().userId("admin").count()).isZero();
    }

    @Test
    void theFirstAdministratorMustChangeThePasswordBeforeAnythingElse() {
        ResponseEntity<JsonNode> blocked = get(FIRST_ADMIN, INITIAL_PASSWORD, "/api/organizations");
        assertThat(blocked.getStatusCode().value()).isEqualTo(403);
        assertThat(blocked.getBody().path("detail").asText()).contains("请先修改初始密码");
        assertThat(get(FIRST_ADMIN, INITIAL_PASSWORD, "/engine-rest/user/count").getStatusCode().value()).isEqualTo(403);
        assertThat(get(FIRST_ADMIN, INITIAL_PASSWORD, "/api/admin/audit").getStatusCode().value()).isEqualTo(403);

        WebSession browser = new WebSession(port);
        browser.logIn(FIRST_ADMIN, INITIAL_PASSWORD);
        assertThat(browser.get("/admin/modeler").headers().firstValue("Location").orElseThrow()).endsWith("/admin/password");
        assertThat(browser.get("/camunda/app/tasklist/").headers().firstValue("Location").orElseThrow()).endsWith("/admin/password");
        assertThat(browser.get("/camunda/api/engine/engine/default/user").statusCode()).isEqualTo(403);
        HttpResponse<String> page = browser.get("/admin/password");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("修改密码", "原密码");

        ResponseEntity<JsonNode> weak = changePassword(FIRST_ADMIN, INITIAL_PASSWORD, INITIAL_PASSWORD, "short1A");
        assertThat(weak.getStatusCode().value()).isEqualTo(400);
        assertThat(weak.getBody().path("detail").asText()).contains("密码至少 10 位");
        ResponseEntity<JsonNode> twoClasses = changePassword(FIRST_ADMIN, INITIAL_PASSWORD, INITIAL_PASSWORD, "onlylowercase2026");
        assertThat(twoClasses.getBody().path("detail").asText()).contains("至少 3 类");
        ResponseEntity<JsonNode> withId = changePassword(FIRST_ADMIN, INITIAL_PASSWORD, INITIAL_PASSWORD, "Root-Admin-2026");
        assertThat(withId.getBody().path("detail").asText()).contains("不得包含用户名");

        HttpResponse<String> changed = browser.post("/api/account/password",
                "{\"oldPassword\":\"" + INITIAL_PASSWORD + "\",\"newPassword\":\"" + STRONG + "\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(get(FIRST_ADMIN, STRONG, "/api/organizations").getStatusCode().value()).isEqualTo(200);
        assertThat(get(FIRST_ADMIN, STRONG, "/engine-rest/user/count").getStatusCode().value()).isEqualTo(200);
        assertThat(browser.get("/admin/modeler").statusCode()).isEqualTo(200);
        assertThat(changePassword(FIRST_ADMIN, STRONG, "wrong-old", "Another-Pass-2026").getBody().path("detail").asText())
                .contains("原密码不正确");
        // each refused password delays the next login a little (the engine's login throttling): checked last
        assertThat(get(FIRST_ADMIN, INITIAL_PASSWORD, "/api/organizations").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void thePasswordPolicyHoldsOnTheEngineRestAndWhoeverGetsAPasswordFromAnAdministratorMustChangeIt() {
        String admin = readyAdministrator("policy-admin");
        ResponseEntity<JsonNode> weak = createUser(admin, "weak-user", "weak-user");
        assertThat(weak.getStatusCode().value()).isEqualTo(400);
        assertThat(weak.getBody().path("message").asText()).contains("密码不符合密码策略");
        assertThat(identityService.createUserQuery().userId("weak-user").count()).isZero();

        WebSession camundaAdmin = new WebSession(port);
        camundaAdmin.logIn(admin, STRONG);
        HttpResponse<String> throughTheWebapp = camundaAdmin.send(HttpRequest.newBuilder(
                camundaAdmin.uri("/camunda/api/engine/engine/default/user/create")).header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", camundaAdmin.webappCsrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"weak-user\"},\"credentials\":{\"password\":\"password1\"}}")));
        assertThat(throughTheWebapp.statusCode()).as("Camunda Admin's path").isEqualTo(400);
        assertThat(throughTheWebapp.body()).contains("密码不符合密码策略");
        assertThat(identityService.createUserQuery().userId("weak-user").count()).isZero();

        assertThat(createUser(admin, "new-clerk", STRONG).getStatusCode().value()).isEqualTo(204);
        ResponseEntity<JsonNode> blocked = get("new-clerk", STRONG, "/engine-rest/task/count");
        assertThat(blocked.getStatusCode().value()).isEqualTo(403);
        assertThat(blocked.getBody().path("detail").asText()).contains("请先修改初始密码");
        assertThat(changePassword("new-clerk", STRONG, STRONG, "Clerks-own-2026").getStatusCode().value()).isEqualTo(204);
        assertThat(get("new-clerk", "Clerks-own-2026", "/engine-rest/task/count").getStatusCode().value()).isEqualTo(200);

        ResponseEntity<JsonNode> reset = http.as(admin, STRONG).put().uri("/engine-rest/user/new-clerk/credentials")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("password", "Reset-By-Admin-9", "authenticatedUserPassword", STRONG)).retrieve().toEntity(JsonNode.class);
        assertThat(reset.getStatusCode().value()).isEqualTo(204);
        assertThat(get("new-clerk", "Reset-By-Admin-9", "/engine-rest/task/count").getStatusCode().value())
                .as("a reset counts too").isEqualTo(403);
    }

    @Test
    void camundaAdminsOwnFirstUserSetUpIsOff() {
        WebSession anyone = new WebSession(port);
        HttpResponse<String> setup = anyone.send(HttpRequest.newBuilder(anyone.uri("/camunda/api/admin/setup/default/user/create"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder-2026!\"}}")));
        assertThat(setup.statusCode()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void aWebappSessionIdlesOutAfterTheConfiguredTime() {
        WebSession browser = new WebSession(port);
        browser.logIn(readyAdministrator("session-admin"), STRONG);
        assertThat(browser.get("/admin/modeler").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select max_inactive_interval from spring_session").query(Integer.class).list())
                .isNotEmpty().containsOnly(20 * 60);
    }
}
