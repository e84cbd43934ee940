package cn.excellence.shared.security;

import java.security.SecureRandom;
import java.util.HexFormat;
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
 * change something must carry our pages' CSRF token in {@code X-XSRF-TOKEN}.
 */
final class WebappSession {

    static final String CSRF_HEADER = CsrfConstants.CSRF_TOKEN_HEADER_NAME;
    /**
     * Our pages' own token, beside the webapps' one: Camunda sends its cookie only when it makes its
     * token itself, so sharing the attribute would leave the webapps without their token.
     */
    static final String CSRF_TOKEN_ATTRIBUTE = "EXCELLENCE_CSRF_TOKEN";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebappSession() {
    }

    /** Who logged in with this session; their groups are looked up afresh by the caller. */
    static Optional<String> userId(HttpServletRequest request, String engineName) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        return Optional.of(user.getIdentityId());
    }

    /**
     * Logs the user in for the webapps and the modeler in a new session (against session fixation;
     * whoever was logged in before in this browser is logged out), with its CSRF token made here, once.
     */
    static void login(HttpServletRequest request, ProcessEngine engine, String userId) {
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        HttpSession session = request.getSession(true);
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, userId);
        Authentications authentications = new Authentications();
        authentications.addOrReplace(authentication);
        AuthenticationUtil.updateSession(session, authentications);
        csrfToken(session);
    }

    /** The CSRF token of our pages; made at our login, or on first use after a login of the webapps' own. */
    static String csrfToken(HttpSession session) {
        Object token = session.getAttribute(CSRF_TOKEN_ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            token = HexFormat.of().withUpperCase().formatHex(bytes);
            session.setAttribute(CSRF_TOKEN_ATTRIBUTE, token);
        }
        return token.toString();
    }

    static boolean hasValidCsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CSRF_TOKEN_ATTRIBUTE);
        String actual = request.getHeader(CSRF_HEADER);
        return expected != null && actual != null
                && java.security.MessageDigest.isEqual(expected.toString().getBytes(), actual.getBytes());
    }
}
