package cn.excellence.shared.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The login of the Camunda webapps, shared with the application's own pages (the modeler) and with
 * {@code /api} called from them: one login for Tasklist, Cockpit, Admin and the modeler. Requests that
 * change something must carry the session's CSRF token (the one the webapps use) in {@code X-XSRF-TOKEN}.
 */
final class WebappSession {

    static final String CSRF_HEADER = CsrfConstants.CSRF_TOKEN_HEADER_NAME;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebappSession() {
    }

    static Optional<CurrentUser> user(HttpServletRequest request, String engineName) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
        return Optional.of(new CurrentUser(user.getIdentityId(), groups));
    }

    /** Logs the user in for the webapps and the modeler; a new session id against session fixation. */
    static void login(HttpServletRequest request, ProcessEngine engine, String userId) {
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId);
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        authentications.addOrReplace(authentication);
        AuthenticationUtil.updateSession(session, authentications);
        session.removeAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    }

    static synchronized String csrfToken(HttpSession session) {
        Object token = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        if (token == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            token = HexFormat.of().withUpperCase().formatHex(bytes);
            session.setAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME, token);
        }
        return token.toString();
    }

    static boolean hasValidCsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String actual = request.getHeader(CSRF_HEADER);
        return expected != null && actual != null
                && java.security.MessageDigest.isEqual(expected.toString().getBytes(), actual.getBytes());
    }
}
