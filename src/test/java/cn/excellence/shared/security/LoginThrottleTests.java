package cn.excellence.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import cn.excellence.shared.security.LoginEvent.Outcome;
import cn.excellence.support.Http;
import cn.excellence.support.ProcessTestSupport;
import cn.excellence.support.WebSession;

/**
 * Wrong passwords throttle one user at one client address, on every login path, and never lock the
 * user out elsewhere. The test's requests come from this machine, trusted here as a proxy, so that
 * X-Forwarded-For stands for the client's address.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = {
        "server.tomcat.remoteip.internal-proxies=127[.]0[.]0[.]1|0:0:0:0:0:0:0:1",
        "excellence.login.free-attempts=5", "excellence.login.first-delay=30s", "excellence.login.max-delay=10m"})
@ActiveProfiles("test")
@DirtiesContext
class LoginThrottleTests {

    private static final String ENGINE_REST = "/engine-rest/process-definition/count";
    private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

    private final int port;
    private final Http http;
    private final LoginEvents events;

    private final LoginThrottle throttle;
    private final LoginThrottleStore store;

    @Autowired
    LoginThrottleTests(@LocalServerPort int port, LoginEvents events, LoginThrottle throttle, LoginThrottleStore store) {
        this.port = port;
        this.http = new Http(port);
        this.events = events;
        this.throttle = throttle;
        this.store = store;
    }

    /** The webapps' own login, as their login page sends it: a fresh session, its CSRF token, the form. */
    private int webappLogin(String user, String password, String from) {
        WebSession browser = new WebSession(port);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(browser.uri("/camunda/api/admin/auth/user/default"))
                .header("X-Forwarded-For", from));
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(browser.uri(WEBAPP_LOGIN)).header("X-Forwarded-For", from)
                .header("X-XSRF-TOKEN", page.headers().firstValue("X-XSRF-TOKEN").orElseThrow())
                .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
    }

    /** Every login event, whichever thread published it. */
    @TestConfiguration
    static class LoginEvents {
        final List<LoginEvent> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(LoginEvent event) {
            received.add(event);
        }
    }

    @BeforeEach
    void freezeClock() {
        ProcessTestSupport.moveClock(Duration.ZERO);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    private ResponseEntity<JsonNode> engineRest(String user, String password, String from) {
        return http.as(user, password).get().uri(ENGINE_REST).header("X-Forwarded-For", from)
                .retrieve().toEntity(JsonNode.class);
    }

    private ResponseEntity<String> adminLogin(String user, String password, String from) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return http.anonymous().post().uri("/admin/login").header("X-Forwarded-For", from)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().toEntity(String.class);
    }

    private void failFiveTimes(String user, String from) {
        for (int i = 1; i <= 5; i++) {
            assertThat(engineRest(user, "wrong-" + i, from).getStatusCode().value()).as("attempt %d", i)
                    .isEqualTo(i < 5 ? 401 : 429);
        }
    }

    @Test
    void elevenWrongPasswordsFromOneAddressDoNotLockTheAdministratorOutFromAnother() {
        for (int i = 1; i <= 11; i++) {
            ResponseEntity<JsonNode> wrong = engineRest("admin", "wrong-" + i, "203.0.113.7");
            assertThat(wrong.getStatusCode().value()).as("attempt %d", i).isEqualTo(i < 5 ? 401 : 429);
        }

        ResponseEntity<JsonNode> rightFromAttacker = engineRest("admin", "admin", "203.0.113.7");
        ResponseEntity<JsonNode> rightFromOffice = engineRest("admin", "admin", "198.51.100.20");

        assertThat(rightFromAttacker.getStatusCode().value()).as("refused without checking the password").isEqualTo(429);
        assertThat(rightFromAttacker.getBody().path("detail").asText()).isEqualTo("登录失败次数过多，请 30 秒后再试，或联系管理员解锁。");
        assertThat(rightFromAttacker.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(rightFromOffice.getStatusCode().value()).isEqualTo(200);
        assertThat(events.received).as("HTTP Basic checks the password on every request: no login event for a success")
                .doesNotContain(new LoginEvent("admin", "198.51.100.20", Outcome.SUCCESS))
                .filteredOn(e -> e.clientAddress().equals("203.0.113.7")).extracting(LoginEvent::outcome)
                .containsExactly(Outcome.FAILURE, Outcome.FAILURE, Outcome.FAILURE, Outcome.FAILURE, Outcome.FAILURE,
                        Outcome.THROTTLED, Outcome.THROTTLED, Outcome.THROTTLED, Outcome.THROTTLED, Outcome.THROTTLED,
                        Outcome.THROTTLED, Outcome.THROTTLED);
    }

    @Test
    void aThrottledAddressIsLetInAgainByItselfAndEachFurtherWrongPasswordDoublesTheWait() {
        failFiveTimes("fund1", "203.0.113.21");
        ProcessTestSupport.moveClock(Duration.ofSeconds(29));
        assertThat(engineRest("fund1", "fund1", "203.0.113.21").getStatusCode().value()).isEqualTo(429);

        ProcessTestSupport.moveClock(Duration.ofSeconds(2));
        ResponseEntity<JsonNode> wrongAgain = engineRest("fund1", "wrong-6", "203.0.113.21");
        assertThat(wrongAgain.getStatusCode().value()).isEqualTo(429);
        assertThat(wrongAgain.getBody().path("detail").asText()).isEqualTo("登录失败次数过多，请 1 分钟后再试，或联系管理员解锁。");

        ProcessTestSupport.moveClock(Duration.ofSeconds(61));
        assertThat(engineRest("fund1", "fund1", "203.0.113.21").getStatusCode().value()).isEqualTo(200);
        assertThat(engineRest("fund1", "wrong-7", "203.0.113.21").getStatusCode().value())
                .as("the right password cleared the count").isEqualTo(401);
    }

    @Test
    void pairsWhoseFailuresAreForgottenArePrunedAndRecentOnesKept() {
        assertThat(engineRest("plenary2", "wrong-1", "203.0.113.31").getStatusCode().value()).isEqualTo(401);
        ProcessTestSupport.moveClock(Duration.ofHours(23));
        assertThat(engineRest("plenary3", "wrong-1", "203.0.113.32").getStatusCode().value()).isEqualTo(401);
        ProcessTestSupport.moveClock(Duration.ofHours(2));

        assertThat(throttle.prune()).as("the failure 25 hours ago (reset after 24)").isPositive();

        assertThat(store.find("plenary2", "203.0.113.31")).as("forgotten, so pruned").isEmpty();
        assertThat(store.find("plenary3", "203.0.113.32")).as("2 hours old, kept").get()
                .extracting(LoginThrottleStore.Throttle::failures).isEqualTo(1);
        assertThat(throttle.prune()).as("nothing left to prune").isZero();
    }

    @Test
    void wrongPasswordsSentAllAtOnceAreCheckedNoMoreOftenThanOneAtATime() throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(12);
        List<Callable<Integer>> attempts = IntStream.range(0, 24).<Callable<Integer>>mapToObj(
                i -> () -> engineRest("secretary-wulashan", "wrong-" + i, "203.0.113.66").getStatusCode().value()).toList();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> attempt : clients.invokeAll(attempts)) {
            statuses.add(futureValue(attempt));
        }
        clients.shutdown();

        assertThat(statuses).containsOnly(401, 429);
        assertThat(events.received).filteredOn(e -> e.clientAddress().equals("203.0.113.66"))
                .filteredOn(e -> e.outcome() == Outcome.FAILURE).hasSize(5);
    }

    private static int futureValue(Future<Integer> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Test
    void anAdministratorUnlocksAThrottledUserAndNobodyElseMay() {
        failFiveTimes("standing1", "203.0.113.33");

        ResponseEntity<JsonNode> list = http.as("admin").get().uri("/api/admin/login-throttle").retrieve().toEntity(JsonNode.class);
        assertThat(list.getStatusCode().value()).isEqualTo(200);
        assertThat(list.getBody().findValues("userId")).extracting(JsonNode::asText).contains("standing1");
        ResponseEntity<JsonNode> byOrgDept = http.as("orgdept").delete().uri("/api/admin/login-throttle/standing1")
                .retrieve().toEntity(JsonNode.class);
        assertThat(byOrgDept.getStatusCode().value()).isEqualTo(403);
        assertThat(byOrgDept.getBody().path("detail").asText()).contains("只有平台管理员");
        assertThat(http.as("orgdept").get().uri("/api/admin/login-throttle").retrieve().toEntity(JsonNode.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(engineRest("standing1", "standing1", "203.0.113.33").getStatusCode().value()).isEqualTo(429);

        ResponseEntity<JsonNode> unlocked = http.as("admin").delete().uri("/api/admin/login-throttle/standing1")
                .retrieve().toEntity(JsonNode.class);

        assertThat(unlocked.getStatusCode().value()).isEqualTo(200);
        assertThat(unlocked.getBody().path("clientAddresses").get(0).asText()).isEqualTo("203.0.113.33");
        assertThat(events.received).contains(new LoginEvent("standing1", "203.0.113.33", Outcome.UNLOCKED));
        assertThat(engineRest("standing1", "standing1", "203.0.113.33").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void unlockingAnUnknownOrMalformedUserIsRefusedInChinese() {
        ResponseEntity<JsonNode> unknown = http.as("admin").delete().uri("/api/admin/login-throttle/nobody-here")
                .retrieve().toEntity(JsonNode.class);
        ResponseEntity<JsonNode> malformed = http.as("admin").delete().uri("/api/admin/login-throttle/{id}", "bad_id")
                .retrieve().toEntity(JsonNode.class);
        ResponseEntity<JsonNode> tooLong = http.as("admin").delete().uri("/api/admin/login-throttle/{id}", "a".repeat(65))
                .retrieve().toEntity(JsonNode.class);

        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody().path("detail").asText()).isEqualTo("用户“nobody-here”不存在。");
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(malformed.getBody().path("detail").asText()).startsWith("用户名格式不正确");
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void theWebappsLoginSharesTheThrottleWithEveryOtherPath() throws IOException, InterruptedException {
        for (int i = 1; i <= 5; i++) {
            assertThat(webappLogin("orgdept", "wrong-" + i, "203.0.113.44")).as("attempt %d", i).isEqualTo(401);
        }

        assertThat(webappLogin("orgdept", "orgdept", "203.0.113.44")).isEqualTo(401);
        assertThat(engineRest("orgdept", "orgdept", "203.0.113.44").getStatusCode().value()).isEqualTo(429);
        assertThat(webappLogin("orgdept", "orgdept", "198.51.100.44")).isEqualTo(200);
    }

    @Test
    void theAdministratorsLoginPageTellsAThrottledAddressHowLongToWait() {
        failFiveTimes("admin", "203.0.113.55");

        ResponseEntity<String> throttled = adminLogin("admin", "admin", "203.0.113.55");
        ResponseEntity<String> elsewhere = adminLogin("admin", "admin", "198.51.100.55");

        assertThat(throttled.getStatusCode().value()).isEqualTo(303);
        assertThat(throttled.getHeaders().getLocation()).hasToString("/admin/login?error&wait=30&next=/admin/modeler");
        assertThat(elsewhere.getHeaders().getLocation()).hasToString("/admin/modeler");
        assertThat(events.received).as("a login through a login form is an event").contains(new LoginEvent("admin", "198.51.100.55", Outcome.SUCCESS));
        String page = http.anonymous().get().uri("/admin/login.html").retrieve().body(String.class);
        assertThat(page).contains("登录失败次数过多，请 ", "后再试，或联系管理员解锁。");
    }
}
