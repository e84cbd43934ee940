package cn.excellence.shared.security;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a change another website makes a browser send: a browser attaches the HTTP Basic
 * credentials it remembers to a cross-site form post, SameSite cookies or not. Browsers say where a
 * request comes from ({@code Sec-Fetch-Site}, else {@code Origin}); clients that are not browsers send
 * neither and pass.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    /** Methods that change nothing: no cross-site check, no CSRF token. */
    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ProblemAuthenticationEntryPoint problems;

    CrossSiteRequestFilter(ProblemAuthenticationEntryPoint problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "请求来自其他网站，已拒绝。");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !"same-origin".equals(fetchSite) && !"none".equals(fetchSite);
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            return !request.getServerName().equalsIgnoreCase(URI.create(origin).getHost());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
