package cn.excellence.shared.account;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.excellence.shared.security.CurrentUser;
import cn.excellence.shared.security.PasswordChangeRequirement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * While a user must change their password, nothing else is open to them: {@code /api}, the engine REST
 * and the webapps' API answer 403 "请先修改初始密码", pages redirect to the change-password page. Open
 * are that page, the change itself, who-am-I and logging in and out. Runs after security, so the
 * user is the authenticated one (HTTP Basic or the webapps' login). An HTTP Basic login carries the answer
 * ({@link PasswordChangeRequirement#AUTHORITY}, read with its password check); the webapps' login is asked on every request.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PAGE = "/admin/password";
    static final String MESSAGE = "请先修改初始密码：在 " + PAGE + " 页面修改，或调用 POST /api/account/password（原密码和新密码）。";
    private static final Pattern OPEN = Pattern.compile(
            "/api/account/password|/api/session|/admin/(password(\\.html)?|admin\\.css|login(\\.html)?|logout)"
                    + "|/camunda/api/admin/auth/.*|/camunda/app/[^/]+/(assets|styles|fonts|locales)/.*");
    private static final SimpleGrantedAuthority REQUIRED = new SimpleGrantedAuthority(PasswordChangeRequirement.AUTHORITY);
    private static final Pattern API = Pattern.compile("/(api|engine-rest|camunda/api)/.*");

    private final PasswordChanges changes;
    private final String engineName;
    private final ObjectMapper json;

    PasswordChangeGate(PasswordChanges changes, String engineName, ObjectMapper json) {
        this.changes = changes;
        this.engineName = engineName;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (OPEN.matcher(path).matches() || !mustChangePassword(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (API.matcher(path).matches()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, MESSAGE);
            problem.setInstance(java.net.URI.create(path));
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        response.sendRedirect(PAGE);
    }

    private boolean mustChangePassword(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser current) {
            return request.getHeader(HttpHeaders.AUTHORIZATION) != null
                    ? authentication.getAuthorities().contains(REQUIRED) : changes.isRequired(current.userId());
        }
        return webappUser(request).filter(changes::isRequired).isPresent();
    }

    private Optional<String> webappUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication u
                ? Optional.of(u.getIdentityId()) : Optional.empty();
    }
}
