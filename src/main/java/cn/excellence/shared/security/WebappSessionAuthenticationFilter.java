package cn.excellence.shared.security;

import java.io.IOException;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates a request without credentials of its own by the webapp login in its session; a
 * request that changes something must also carry the session's CSRF token, or it is refused (403).
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    private final String engineName;
    private final IdentityService identityService;
    private final ProblemAuthenticationEntryPoint problems;

    WebappSessionAuthenticationFilter(String engineName, IdentityService identityService, ProblemAuthenticationEntryPoint problems) {
        this.engineName = engineName;
        this.identityService = identityService;
        this.problems = problems;
    }

    /** The login itself checks where it comes from and starts a new session: no token to ask for. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/admin/login".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || SecurityContextHolder.getContext().getAuthentication() != null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> user = WebappSession.userId(request, engineName);
        if (user.isPresent() && !CrossSiteRequestFilter.SAFE_METHODS.contains(request.getMethod()) && !WebappSession.hasValidCsrfToken(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "请求缺少有效的防伪令牌（X-XSRF-TOKEN），请刷新页面后重试。");
            return;
        }
        // groups as they are now: whoever leaves camunda-admin loses the modeler at once, not at the next login
        user.flatMap(id -> EngineIdentityAuthenticationProvider.authenticated(identityService, id))
                .ifPresent(SecurityContextHolder.getContext()::setAuthentication);
        chain.doFilter(request, response);
    }
}
