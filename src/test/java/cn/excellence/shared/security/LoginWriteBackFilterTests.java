package cn.excellence.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What Camunda's webapp filter does with the login in one request, as it does it: read it, maybe replace a user
 * authentication in it, maybe read it again, put it back. Only a login that differs from what the session held is
 * written; later reads in the same request do not hide a change made before them.
 */
class LoginWriteBackFilterTests {

    static final String ENGINE = "default";

    /** A session in a store: counts what is put into it. */
    static final class StoredSession extends MockHttpSession {
        final List<Object> writes = new ArrayList<>();

        @Override
        public void setAttribute(String name, Object value) {
            writes.add(value);
            super.setAttribute(name, value);
        }
    }

    private final StoredSession session = new StoredSession();
    private final Authentications login = new Authentications();

    LoginWriteBackFilterTests() {
        login.addOrReplace(new UserAuthentication("secretary-wulashan", ENGINE));
        session.setAttribute(LoginWriteBackFilter.LOGIN_ATTRIBUTE, login);
        session.writes.clear();
    }

    private void request(Consumer<HttpSession> camunda) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/camunda/api/engine/engine/default/task");
        request.setSession(session);
        new LoginWriteBackFilter().doFilter(request, new MockHttpServletResponse(),
                (wrapped, response) -> camunda.accept(((HttpServletRequest) wrapped).getSession(false)));
    }

    private static Authentications read(HttpSession session) {
        return (Authentications) session.getAttribute(LoginWriteBackFilter.LOGIN_ATTRIBUTE);
    }

    @Test
    void anUnchangedLoginIsNotWrittenBack() throws Exception {
        request(s -> s.setAttribute(LoginWriteBackFilter.LOGIN_ATTRIBUTE, read(s)));
        request(s -> {
            read(s);
            s.setAttribute(LoginWriteBackFilter.LOGIN_ATTRIBUTE, read(s));
        });
        assertThat(session.writes).isEmpty();
    }

    @Test
    void aRefreshedLoginIsWrittenBackEvenWhenReadAgainAfterTheRefresh() throws Exception {
        request(s -> {
            read(s).addOrReplace(new UserAuthentication("secretary-wulashan", ENGINE)); // the groups read afresh
            s.setAttribute(LoginWriteBackFilter.LOGIN_ATTRIBUTE, read(s));
        });
        assertThat(session.writes).containsExactly(login);
    }

    @Test
    void aLogoutAndANewLoginAreWrittenBack() throws Exception {
        request(s -> {
            read(s).removeByEngineName(ENGINE);
            s.setAttribute(LoginWriteBackFilter.LOGIN_ATTRIBUTE, read(s));
        });
        Authentications another = new Authentications();
        another.addOrReplace(new UserAuthentication("orgdept", ENGINE));
        request(s -> s.setAttribute(LoginWriteBackFilter.LOGIN_ATTRIBUTE, another));
        request(s -> {
            s.removeAttribute(LoginWriteBackFilter.LOGIN_ATTRIBUTE);
            s.setAttribute(LoginWriteBackFilter.LOGIN_ATTRIBUTE, another);
        });
        assertThat(session.writes).containsExactly(login, another, another);
    }
}
