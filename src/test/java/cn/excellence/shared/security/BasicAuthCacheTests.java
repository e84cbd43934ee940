package cn.excellence.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.excellence.shared.Groups;
import cn.excellence.support.Http;
import cn.excellence.support.StatementLog;

/**
 * HTTP Basic results are kept a short time, but never past what changes who the user is: a new password, a deleted user and
 * a changed membership count from the next request; an entry ends with its period; only the exact password finds it. A kept
 * login's next request reads nothing but the engine's work: the user, the groups and whether the password must be changed
 * first were read with the login.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@Import(StatementLog.class)
@DirtiesContext
class BasicAuthCacheTests {

    static final String USER = "cachecheck";
    static final String PASSWORD = "Cache#Check2026";
    static final String NEW_PASSWORD = "Cache#Renewed2027";

    private final Http http;
    private final IdentityService identity;
    private final AuthenticationManager authentication;
    private final StatementLog statements;

    @Autowired
    BasicAuthCacheTests(@LocalServerPort int port, IdentityService identity, AuthenticationManager authentication, StatementLog statements) {
        this.http = new Http(port);
        this.identity = identity;
        this.authentication = authentication;
        this.statements = statements;
        if (identity.createUserQuery().userId(USER).count() == 0) {
            User user = identity.newUser(USER);
            user.setFirstName("缓存");
            user.setLastName("校验");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
    }

    @AfterEach
    void restoreUser() {
        identity.deleteMembership(USER, Groups.ORG_DEPT);
        User user = identity.createUserQuery().userId(USER).singleResult();
        if (user != null) {
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
    }

    private int status(String password) {
        return http.as(USER, password).get().uri(http.baseUrl() + "/engine-rest/task/count").retrieve().toBodilessEntity().getStatusCode().value();
    }

    @Test
    void aNewPasswordCountsFromTheNextRequestThoughTheOldOneWasKept() {
        assertThat(status(PASSWORD)).isEqualTo(200);
        assertThat(status(PASSWORD)).as("from the cache").isEqualTo(200);

        User user = identity.createUserQuery().userId(USER).singleResult();
        user.setPassword(NEW_PASSWORD);
        identity.saveUser(user);

        assertThat(status(PASSWORD)).as("the old password, kept a moment ago").isEqualTo(401);
        assertThat(status(NEW_PASSWORD)).isEqualTo(200);
        assertThat(status("Cache#Check2026 ")).as("only the exact password finds an entry").isEqualTo(401);
    }

    @Test
    void aKeptLoginsNextRequestReadsOnlyTheEnginesWork() {
        assertThat(status(PASSWORD)).isEqualTo(200);

        List<String> sent = statements.duringOnAnyThread(() -> assertThat(status(PASSWORD)).isEqualTo(200));

        assertThat(sent).as("whether the password must be changed first").noneMatch(sql -> sql.contains("password_change_required"));
        assertThat(sent).as("the user and their groups").noneMatch(sql -> sql.contains("ACT_ID_"));
        assertThat(sent).as("the engine's count").anyMatch(sql -> sql.contains("ACT_RU_TASK"));
    }

    @Test
    void aDeletedUserIsRefusedFromTheNextRequest() {
        assertThat(status(PASSWORD)).isEqualTo(200);
        identity.deleteUser(USER);
        assertThat(status(PASSWORD)).isEqualTo(401);
    }

    @Test
    void aJoinedOrLeftGroupCountsFromTheNextCheck() {
        assertThat(groups()).doesNotContain("GROUP_" + Groups.ORG_DEPT);
        identity.createMembership(USER, Groups.ORG_DEPT);
        assertThat(groups()).contains("GROUP_" + Groups.ORG_DEPT);
        assertThat(groups()).as("from the cache").contains("GROUP_" + Groups.ORG_DEPT);
        identity.deleteMembership(USER, Groups.ORG_DEPT);
        assertThat(groups()).doesNotContain("GROUP_" + Groups.ORG_DEPT);
    }

    private List<String> groups() {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(USER, PASSWORD)).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void anEntryEndsWithItsPeriod() throws InterruptedException {
        BasicAuthCache cache = new BasicAuthCache(Duration.ofSeconds(2));
        var checked = UsernamePasswordAuthenticationToken.authenticated(USER, null, List.of());
        long start = System.nanoTime();
        cache.remember(USER, PASSWORD, checked);
        assertThat(cache.find(USER, PASSWORD)).contains(checked);
        assertThat(cache.find(USER, NEW_PASSWORD)).isEmpty();
        while (cache.find(USER, PASSWORD).isPresent()) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("still kept").isLessThan(Duration.ofSeconds(30));
            Thread.sleep(100);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(new BasicAuthCache(Duration.ZERO)).satisfies(off -> {
            off.remember(USER, PASSWORD, checked);
            assertThat(off.find(USER, PASSWORD)).as("0s: nothing kept").isEmpty();
        });
    }
}
