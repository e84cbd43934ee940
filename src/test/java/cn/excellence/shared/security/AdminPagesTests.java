package cn.excellence.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.excellence.support.StatementLog;
import cn.excellence.support.WebSession;

/**
 * The administrators' pages share the webapps' login: camunda-admin only, a CSRF token for every
 * change, no open redirect, no cross-site login, the session in the database; and the webapps serve
 * their Chinese locale.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(StatementLog.class)
@DirtiesContext
class AdminPagesTests {

    private static final String BOUNDARY = "excellence-boundary";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;
    private static final String TRIAL = Bpmn.convertToString(Bpmn.createExecutableProcess("SessionTrial").camundaHistoryTimeToLive(30)
            .startEvent("StartEvent_Started").endEvent("EndEvent_Done").done());

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    StatementLog statements;

    private final ObjectMapper json = new ObjectMapper();

    /** The modeler's validation, as its page posts a BPMN file, with or without the CSRF token. */
    private HttpResponse<String> validate(WebSession session, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/admin/process-models/validate"))
                .header("Content-Type", MULTIPART).POST(bpmnUpload("file"));
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        return session.send(request);
    }

    /** A multipart body of one BPMN file part, and text parts before it ({@code name, value, …}). */
    private static HttpRequest.BodyPublisher bpmnUpload(String filePart, String... textParts) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < textParts.length; i += 2) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(textParts[i])
                    .append("\"\r\n\r\n").append(textParts[i + 1]).append("\r\n");
        }
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(filePart)
                .append("\"; filename=\"m.bpmn\"\r\nContent-Type: application/xml\r\n\r\n").append(TRIAL)
                .append("\r\n--").append(BOUNDARY).append("--\r\n");
        return HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void whoeverIsNotLoggedInIsSentToTheLoginPageAndBack() {
        HttpResponse<String> modeler = new WebSession(port).get("/admin/modeler");
        assertThat(modeler.statusCode()).isEqualTo(302);
        assertThat(modeler.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?next=%2Fadmin%2Fmodeler");
        HttpResponse<String> login = new WebSession(port).get("/admin/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("用户名", "密码");
        assertThat(new WebSession(port).get("/admin/modeler/modeler.js").statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordAHostileNextOrACrossSiteLoginGetsNoSession() {
        WebSession wrong = new WebSession(port);
        HttpResponse<String> refused = wrong.logIn("orgdept2", "not-the-password", "/admin/modeler", null);
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).startsWith("/admin/login?error");
        assertThat(wrong.get("/admin/modeler").statusCode()).isEqualTo(302);
        for (String[] bad : new String[][] {{"", "x"}, {"orgdept2", ""}, {"o".repeat(65), "orgdept2"}, {"orgdept2", "p".repeat(257)}}) {
            HttpResponse<String> missingOrOversized = wrong.logIn(bad[0], bad[1], "/admin/modeler", null);
            assertThat(missingOrOversized.statusCode()).isEqualTo(303);
            assertThat(missingOrOversized.headers().firstValue("Location").orElseThrow()).startsWith("/admin/login?error");
        }

        WebSession crossSite = new WebSession(port);
        HttpResponse<String> forged = crossSite.logIn("orgdept", "orgdept", "/admin/modeler", "http://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("其他网站");
        assertThat(crossSite.get("/api/session").statusCode()).isEqualTo(401);

        WebSession redirected = new WebSession(port);
        HttpResponse<String> login = redirected.logIn("orgdept", "orgdept", "https://evil.example/phish", "http://localhost:" + port);
        assertThat(login.headers().firstValue("Location").orElseThrow()).isEqualTo("/admin/modeler");
    }

    @Test
    void aSecretaryIsRefusedThePagesAndTheApiEvenWhenLoggedIn() {
        WebSession secretary = new WebSession(port);
        secretary.logIn("secretary-wulashan", "secretary-wulashan", "/admin/modeler", null);
        HttpResponse<String> modeler = secretary.get("/admin/modeler");
        assertThat(modeler.statusCode()).isEqualTo(403);
        assertThat(modeler.body()).contains("无权访问流程建模器", "secretary-wulashan");
        assertThat(secretary.get("/api/admin/process-models").statusCode()).isEqualTo(403);
    }

    @Test
    void nobodyButAnAdministratorDeploysThroughTheWebappsEngineApi() {
        for (String user : new String[] {"secretary-wulashan", "orgdept", "admin"}) {
            WebSession session = new WebSession(port);
            session.logIn(user, user, "/admin/modeler", null);
            HttpResponse<String> probe = session.get("/camunda/api/admin/auth/user/default");
            assertThat(probe.statusCode()).as(user + " is logged in to the webapps").isEqualTo(200);
            String token = session.cookie("XSRF-TOKEN");
            HttpResponse<String> deployed = session.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/deployment/create"))
                    .header("Content-Type", MULTIPART).header("X-XSRF-TOKEN", token)
                    .POST(bpmnUpload("data", "deployment-name", "sneaky")));
            assertThat(deployed.statusCode()).as(user + ": " + deployed.body()).isEqualTo(user.equals("admin") ? 200 : 403);
        }
    }

    @Test
    void anAdministratorsLoginServesTheModelerTheApiAndTheWebappsButChangesNeedTheCsrfToken() throws IOException {
        WebSession admin = new WebSession(port);
        admin.logIn("admin", "admin", "/admin/modeler", "http://localhost:" + port);
        HttpResponse<String> modeler = admin.get("/admin/modeler");
        assertThat(modeler.statusCode()).isEqualTo(200);
        assertThat(modeler.body()).contains("流程建模器", "camunda-platform-modeler");
        assertThat(admin.get("/admin/modeler/vendor/camunda-platform-modeler.production.min.js").statusCode()).isEqualTo(200);

        HttpResponse<String> withoutToken = validate(admin, null);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("防伪令牌");
        assertThat(validate(admin, "forged").statusCode()).isEqualTo(403);
        HttpResponse<String> validated = validate(admin, admin.csrfToken());
        assertThat(validated.statusCode()).isEqualTo(200);
        assertThat(json.readTree(validated.body()).path("valid").asBoolean()).isTrue();

        JsonNode webappUser = json.readTree(admin.get("/camunda/api/admin/auth/user/default").body());
        assertThat(webappUser.path("userId").asText()).as("one login for the webapps too").isEqualTo("admin");

        assertThat(admin.send(HttpRequest.newBuilder(uri("/admin/logout")).POST(HttpRequest.BodyPublishers.noBody())).statusCode())
                .isEqualTo(403);
        String token = admin.csrfToken();
        assertThat(admin.send(HttpRequest.newBuilder(uri("/admin/logout")).header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);
        assertThat(admin.get("/admin/modeler").statusCode()).isEqualTo(302);
    }

    @Test
    void whoeverLeavesTheAdministratorsLosesTheModelerAtOnceNotAtTheNextLogin() {
        User user = identityService.newUser("admin-temp");
        user.setPassword("Temporary-Admin-2026");
        identityService.saveUser(user);
        identityService.createMembership("admin-temp", "camunda-admin");
        try {
            WebSession session = new WebSession(port);
            session.logIn("admin-temp", "Temporary-Admin-2026", "/admin/modeler", null);
            assertThat(session.get("/admin/modeler").statusCode()).isEqualTo(200);
            assertThat(session.get("/api/admin/process-models").statusCode()).isEqualTo(200);
            identityService.deleteMembership("admin-temp", "camunda-admin");
            assertThat(session.get("/admin/modeler").statusCode()).isEqualTo(403);
            assertThat(session.get("/api/admin/process-models").statusCode()).isEqualTo(403);
        } finally {
            identityService.deleteUser("admin-temp");
        }
    }

    @Test
    void anotherWebsiteCannotMakeABrowserChangeAnythingEvenWithRememberedBasicCredentials() {
        WebSession browser = new WebSession(port);
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        java.util.function.Function<String[], Integer> validate = headers -> browser.send(HttpRequest.newBuilder(
                uri("/api/admin/process-models/validate")).headers(headers).header("Authorization", basic)
                .header("Content-Type", MULTIPART).POST(bpmnUpload("file"))).statusCode();
        assertThat(validate.apply(new String[] {"Sec-Fetch-Site", "cross-site"})).isEqualTo(403);
        assertThat(validate.apply(new String[] {"Sec-Fetch-Site", "same-site"})).isEqualTo(403);
        assertThat(validate.apply(new String[] {"Origin", "http://evil.example"})).isEqualTo(403);
        assertThat(validate.apply(new String[] {"Sec-Fetch-Site", "same-origin"})).isEqualTo(200);
        assertThat(validate.apply(new String[] {"X-Client", "curl"})).as("no browser, no origin headers").isEqualTo(200);
    }

    @Test
    void loggingInAgainSwitchesTheAccountInANewSession() throws IOException {
        WebSession browser = new WebSession(port);
        browser.logIn("secretary-wulashan", "secretary-wulashan", "/admin/modeler", null);
        assertThat(browser.get("/admin/modeler").statusCode()).isEqualTo(403);
        HttpResponse<String> switched = browser.logIn("admin", "admin", "/admin/modeler", null);
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location").orElseThrow()).isEqualTo("/admin/modeler");
        assertThat(browser.get("/admin/modeler").statusCode()).isEqualTo(200);
        assertThat(browser.csrfToken()).as("the token is made at login").isNotBlank();
    }

    @Test
    void theLoginLivesInTheDatabaseSoEveryNodeSeesTheSameOne() {
        WebSession admin = new WebSession(port);
        admin.logIn("admin", "admin", "/admin/modeler", null);
        assertThat(admin.get("/admin/modeler").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session_attributes where attribute_name = 'authenticatedUser'")
                .query(Long.class).single()).isPositive();
        // no node keeps a copy of its own: what the database forgets, every node forgets
        jdbc.sql("delete from spring_session").update();
        assertThat(admin.get("/admin/modeler").statusCode()).isEqualTo(302);
    }

    @Test
    void aWebappRequestWritesTheLoginBackToTheDatabaseOnlyWhenItChanged() {
        WebSession secretary = new WebSession(port);
        secretary.logIn("secretary-wulashan", "secretary-wulashan", "/camunda/app/tasklist/", null);
        String taskCount = "/camunda/api/engine/engine/default/task/count";
        assertThat(secretary.get(taskCount).statusCode()).isEqualTo(200);
        List<String> unchanged = statements.duringOnAnyThread(() -> {
            for (int i = 0; i < 3; i++) {
                assertThat(secretary.get(taskCount).statusCode()).isEqualTo(200);
            }
        });
        assertThat(unchanged).as("Tasklist's requests with the same login").noneMatch(AdminPagesTests::writesSessionAttribute);

        // Camunda reads the user's groups again when its cache of them expires: a new login object, written back
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofMinutes(10).toMillis()));
        try {
            assertThat(statements.duringOnAnyThread(() -> assertThat(secretary.get(taskCount).statusCode()).isEqualTo(200)))
                    .as("the refreshed login").anyMatch(AdminPagesTests::writesSessionAttribute);
        } finally {
            ClockUtil.reset();
        }

        // Tasklist's logout only takes the user out of the login object: written back, so every node sees it
        String token = secretary.webappCsrfToken();
        HttpResponse<String> logout = secretary.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/logout"))
                .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(secretary.get(taskCount).statusCode()).isEqualTo(401);
    }

    private static boolean writesSessionAttribute(String statement) {
        String sql = statement.toLowerCase();
        return sql.contains("spring_session_attributes") && !sql.startsWith("select");
    }

    @Test
    void aPageOfOursGetsNoBasicChallengeWhenItsLoginHasExpired() {
        HttpResponse<String> expired = new WebSession(port).send(HttpRequest.newBuilder(uri("/api/admin/process-models"))
                .header("X-Requested-With", "XMLHttpRequest"));
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(expired.body()).contains("登录已过期");
        assertThat(new WebSession(port).get("/api/admin/process-models").headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void theWebappsSpeakChineseByDefaultAndKeepEnglish() throws IOException {
        WebSession anyone = new WebSession(port);
        for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
            HttpResponse<String> config = anyone.get("/camunda/app/" + app + "/scripts/config.js");
            assertThat(config.body()).as(app).contains("availableLocales: ['zh', 'en']", "fallbackLocale: 'zh'");
            HttpResponse<String> chinese = anyone.get("/camunda/app/" + app + "/locales/zh.json");
            assertThat(chinese.statusCode()).as(app).isEqualTo(200);
            assertThat(json.readTree(chinese.body()).path("labels").size()).as(app).isGreaterThan(100);
            assertThat(anyone.get("/camunda/app/" + app + "/locales/en.json").statusCode()).as(app).isEqualTo(200);
        }
        assertThat(json.readTree(anyone.get("/camunda/app/cockpit/locales/zh.json").body()).path("labels").path("PROCESS_DEFINITION")
                .asText()).isEqualTo("流程定义");
        assertThat(anyone.get("/camunda/app/nosuchapp/locales/zh.json").statusCode()).isEqualTo(404);
    }

    @Test
    void aBrowserKeepsTheWebappsScriptsAndStylesAndAsksOnlyWhetherTheyChangedButNeverKeepsThePages() {
        WebSession anyone = new WebSession(port);
        for (String asset : new String[] {"/camunda/lib/deps.js?bust=7.24.0", "/camunda/app/tasklist/camunda-tasklist-bootstrap.js?bust=7.24.0",
                "/camunda/app/tasklist/camunda-tasklist-bootstrap.css", "/camunda/app/tasklist/scripts/config.js",
                "/camunda/app/tasklist/styles/user-styles.css"}) {
            HttpResponse<String> first = anyone.get(asset);
            assertThat(first.statusCode()).as(asset).isEqualTo(200);
            assertThat(first.headers().allValues("Cache-Control")).as(asset).containsExactly("no-cache");
            assertThat(first.headers().firstValue("Pragma")).as(asset).isEmpty();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            HttpResponse<String> again = anyone.send(HttpRequest.newBuilder(uri(asset)).header("If-Modified-Since", lastModified));
            assertThat(again.statusCode()).as(asset + ": unchanged, nothing sent again").isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
        for (String page : new String[] {"/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/"}) {
            assertThat(anyone.get(page).headers().firstValue("Cache-Control").orElseThrow()).as(page).contains("no-store");
        }
        HttpResponse<String> locale = anyone.get("/camunda/app/tasklist/locales/zh.json");
        assertThat(locale.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-cache");
        assertThat(anyone.get("/camunda/api/admin/auth/user/default").headers().firstValue("Cache-Control").orElseThrow())
                .as("the webapps' API is never kept").contains("no-cache");
    }

    @Test
    void theWebappsCarryNoVendorNoticesAndTheWelcomePageOffersNoModelerToEveryone() {
        WebSession anyone = new WebSession(port);
        for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
            HttpResponse<String> styles = anyone.get("/camunda/app/" + app + "/styles/user-styles.css");
            assertThat(styles.statusCode()).as(app).isEqualTo(200);
            assertThat(styles.body()).as(app).contains(".ce-eol-banner", ".small-screen-warning", "display: none");
        }
        assertThat(anyone.get("/camunda/app/welcome/scripts/config.js").body()).doesNotContain("/admin/modeler");
    }

    @Test
    void theWebappsAndTheAdministratorsPagesCarryTheBrandWithoutALogin() {
        WebSession anyone = new WebSession(port);
        for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
            assertThat(anyone.get("/camunda/app/" + app + "/styles/user-styles.css").body()).as(app)
                    .startsWith("/*").contains("@import url(\"/brand/webapps.css\");");
            assertThat(anyone.get("/camunda/app/" + app + "/scripts/config.js").body()).as(app)
                    .contains("vendor: '创先争优'", "disableWelcomeMessage: true");
        }
        HttpResponse<String> brand = anyone.get("/brand/webapps.css");
        assertThat(brand.statusCode()).isEqualTo(200);
        assertThat(brand.body()).contains("乌拉特前旗委组织部", "创先争优", "/brand/logo.svg");
        HttpResponse<String> logo = anyone.get("/brand/logo.svg");
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(anyone.get("/admin/login").body()).contains("乌拉特前旗委组织部", "/admin/admin.css");
        assertThat(anyone.get("/admin/admin.css").body()).contains("/brand/logo.svg");
    }
}
