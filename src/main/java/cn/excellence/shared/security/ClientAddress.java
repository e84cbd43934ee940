package cn.excellence.shared.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The address of the client of the current HTTP request, as Tomcat sees it (X-Forwarded-For counts
 * only from the proxies in {@code server.tomcat.remoteip.internal-proxies}), for code without the
 * request at hand: the engine's password check. Spring's request context is not set yet while the
 * security filters authenticate, so a filter of our own, ahead of all others, remembers it.
 */
final class ClientAddress {

    static final String UNKNOWN = "unknown";
    private static final int MAX_LENGTH = 64;
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> LOGIN_PAGE = new ThreadLocal<>();
    /** The login forms: ours and the webapps' (Tasklist, Cockpit, Admin, Welcome). */
    private static final java.util.regex.Pattern LOGIN_PATH = java.util.regex.Pattern.compile("/admin/login|/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

    private ClientAddress() {
    }

    /** The client's address, or "unknown" outside an HTTP request. */
    static String current() {
        String address = CURRENT.get();
        return address == null ? UNKNOWN : address;
    }

    /**
     * Whether the current request is a login through a login form (a session starts), not an HTTP
     * Basic request, which checks the password on every call.
     */
    static boolean isLoginForm() {
        return Boolean.TRUE.equals(LOGIN_PAGE.get());
    }

    private static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (address == null || address.isBlank()) {
            return UNKNOWN;
        }
        String printable = address.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > MAX_LENGTH ? printable.substring(0, MAX_LENGTH) : printable;
    }

    /** Holds the client's address for the length of each request. */
    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CURRENT.set(of(request));
            LOGIN_PAGE.set(LOGIN_PATH.matcher(request.getRequestURI()).matches());
            try {
                chain.doFilter(request, response);
            } finally {
                CURRENT.remove();
                LOGIN_PAGE.remove();
            }
        }
    }
}
