package cn.excellence.shared.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String engineName;
    private final ProblemAuthenticationEntryPoint problems;

    WebappSessionAuthenticationFilter(String engineName, ProblemAuthenticationEntryPoint problems) {
        this.engineName = engineName;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || SecurityContextHolder.getContext().getAuthentication() != null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> user = WebappSession.user(request, engineName);
        if (user.isPresent() && !SAFE_METHODS.contains(request.getMethod()) && !WebappSession.hasValidCsrfToken(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "请求缺少有效的防伪令牌（X-XSRF-TOKEN），请刷新页面后重试。");
            return;
        }
        user.ifPresent(u -> SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null,
                        u.groups().stream().map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList())));
        chain.doFilter(request, response);
    }
}
