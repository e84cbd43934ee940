package cn.excellence.shared.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Records every change (any method but GET, HEAD and OPTIONS) through {@code /api}, the engine REST
 * and the webapps' own API, and every logout: who (the HTTP Basic user or the webapps' login, taken
 * before the request, since a logout ends it), method, path, status and client address. Bodies are
 * never read. Logins are recorded from {@code LoginEvent}s, so their paths are left out here, and so
 * are the engine API's queries sent as POST.
 */
class AuditRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern AUDITED = Pattern.compile("/(api|engine-rest|camunda/api)/.*|/admin/logout");
    private static final Pattern LOGIN = Pattern.compile("/admin/login|/camunda/api/admin/auth/user/[^/]+/login(/.*)?");
    private static final Pattern LOGOUT = Pattern.compile("/admin/logout|/camunda/api/admin/auth/user/[^/]+/logout");
    private static final Pattern DEPLOYMENT = Pattern.compile(".*/deployment(/.*)?|/api/admin/process-models(/.*)?");
    private static final Pattern AUTHORIZATION = Pattern.compile(".*/authorization(/.*)?");
    private static final Pattern IDENTITY = Pattern.compile(".*/(user|group|tenant|identity)(/.*)?|/api/account/.*");
    /** The engine API below its prefix (engine REST, or the webapps' engine API), where POST also queries. */
    private static final Pattern ENGINE_API = Pattern.compile("(/engine-rest|/camunda/api/engine/engine/[^/]+)/(.+)");
    /** POSTs that only read: queries on a collection, counts, filter lists, the password-policy check as one types. */
    private static final Pattern ENGINE_QUERY = Pattern.compile(
            "(task|process-instance|execution|variable-instance|job|incident|external-task|case-instance|case-execution"
                    + "|history/[^/]+)|.*/(count|list|singleResult)|identity/password-policy");
    /** The webapps' plugins (Cockpit's and Tasklist's lists) read with POST too. */
    private static final Pattern PLUGIN_QUERY = Pattern.compile("/camunda/api/(cockpit|tasklist)/plugin/.*");

    private final AuditLog log;
    private final String engineName;

    AuditRequestFilter(AuditLog log, String engineName) {
        this.log = log;
        this.engineName = engineName;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return SAFE_METHODS.contains(request.getMethod()) || !AUDITED.matcher(path).matches() || LOGIN.matcher(path).matches()
                || isQuery(path);
    }

    /** A POST that changes nothing: Tasklist refreshes its lists this way every few seconds. */
    static boolean isQuery(String path) {
        Matcher engine = ENGINE_API.matcher(path);
        return engine.matches() ? ENGINE_QUERY.matcher(engine.group(2)).matches() : PLUGIN_QUERY.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = user(request);
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            String path = request.getRequestURI();
            log.append(user, category(path), request.getMethod(), path, status, status < 400 ? "SUCCESS" : "FAILURE",
                    request.getRemoteAddr());
        }
    }

    static AuditCategory category(String path) {
        if (LOGOUT.matcher(path).matches()) {
            return AuditCategory.LOGOUT;
        }
        if (DEPLOYMENT.matcher(path).matches()) {
            return AuditCategory.DEPLOYMENT;
        }
        if (AUTHORIZATION.matcher(path).matches()) {
            return AuditCategory.AUTHORIZATION;
        }
        return IDENTITY.matcher(path).matches() ? AuditCategory.IDENTITY : AuditCategory.CHANGE;
    }

    /** The user named by the HTTP Basic credentials (checked by security later: a 401 says they were wrong), else the webapps' login. */
    private String user(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = credentials.indexOf(':');
                return colon < 0 ? null : credentials.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication u
                ? u.getIdentityId() : null;
    }
}
